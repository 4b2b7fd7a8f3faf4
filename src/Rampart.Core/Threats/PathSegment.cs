using Rampart.Core.Geo;

namespace Rampart.Core.Threats;

/// <summary>
/// One piece of an air-breathing threat's path, flown at constant speed with the altitude
/// changing linearly along it: a great-circle arc (a straight leg) or a level-turn arc of constant
/// radius (a coordinated turn). Analytic: the state at any time costs a few multiplications and
/// one sine and cosine. Immutable.
/// </summary>
/// <remarks>
/// A turn is laid out in the horizontal (tangent) plane at its reference point: a circle of
/// radius R about a centre C, swept at ω = v_h / R. A point p of that plane (metres from the
/// reference point) is put on the earth along the direction of u + p / R_mean (u the reference
/// point's up vector; a gnomonic projection), which for a turn of a few kilometres differs from
/// the circle on the sphere by far less than a metre. Velocity is the circle's tangent direction,
/// made horizontal at the point, times the horizontal speed, plus the climb rate along the local up.
/// </remarks>
internal readonly record struct PathSegment
{
    /// <summary>Start time of the segment, s.</summary>
    public double StartS { get; init; }

    /// <summary>Duration, s (&gt; 0).</summary>
    public double DurationS { get; init; }

    /// <summary>True for a turn, false for a great-circle arc.</summary>
    public bool IsTurn { get; init; }

    /// <summary>Altitude at the start, m.</summary>
    public double StartAltitudeM { get; init; }

    /// <summary>Altitude change over the segment, m.</summary>
    public double AltitudeChangeM { get; init; }

    /// <summary>Ground speed, m/s.</summary>
    public double HorizontalSpeedMps { get; init; }

    /// <summary>Climb rate (negative when descending), m/s.</summary>
    public double ClimbRateMps { get; init; }

    // Great-circle arc: the point U·cos(s) + W·sin(s) for s in [0, AngleRad].
    public Vec3 U { get; init; }

    public Vec3 W { get; init; }

    public double AngleRad { get; init; }

    // Turn: reference up vector, centre offset (m, in the plane), the radius vector from the centre
    // at the start and its quarter-turn, the tangent direction at the start and its quarter-turn,
    // and the signed turn rate (rad/s, positive to the left, anticlockwise seen from above).
    public Vec3 Up { get; init; }

    public Vec3 Centre { get; init; }

    public Vec3 Radius0 { get; init; }

    public Vec3 Radius0Perp { get; init; }

    public Vec3 Direction0 { get; init; }

    public Vec3 Direction0Perp { get; init; }

    public double TurnRateRadPerS { get; init; }

    public double EndS => StartS + DurationS;

    /// <summary>A great-circle arc from <paramref name="u"/> towards <paramref name="w"/> (unit vectors; w ⟂ u) over <paramref name="angleRad"/>.</summary>
    public static PathSegment Arc(double startS, Vec3 u, Vec3 w, double angleRad, double startAltitudeM, double altitudeChangeM, double speedMps)
    {
        double ground = angleRad * Wgs84.MeanRadius;
        double path = Math.Sqrt((ground * ground) + (altitudeChangeM * altitudeChangeM));
        return new PathSegment
        {
            StartS = startS,
            DurationS = path / speedMps,
            U = u,
            W = w,
            AngleRad = angleRad,
            StartAltitudeM = startAltitudeM,
            AltitudeChangeM = altitudeChangeM,
            HorizontalSpeedMps = speedMps * ground / path,
            ClimbRateMps = speedMps * altitudeChangeM / path,
        };
    }

    /// <summary>
    /// A turn about the reference point with up vector <paramref name="up"/>: starting at plane
    /// offset <paramref name="start"/> heading <paramref name="direction"/> (horizontal unit vector),
    /// turning through <paramref name="angleRad"/> (&gt; 0) at radius <paramref name="radiusM"/>,
    /// to the left when <paramref name="left"/>.
    /// </summary>
    public static PathSegment Turn(double startS, Vec3 up, Vec3 start, Vec3 direction, double radiusM, double angleRad, bool left, double startAltitudeM, double altitudeChangeM, double speedMps)
    {
        double sign = left ? 1.0 : -1.0;
        Vec3 leftOf = Vec3.Cross(up, direction);
        Vec3 centre = start + (leftOf * (sign * radiusM));
        Vec3 r0 = start - centre;
        double ground = angleRad * radiusM;
        double path = Math.Sqrt((ground * ground) + (altitudeChangeM * altitudeChangeM));
        double horizontal = speedMps * ground / path;
        return new PathSegment
        {
            StartS = startS,
            DurationS = path / speedMps,
            IsTurn = true,
            Up = up,
            Centre = centre,
            Radius0 = r0,
            Radius0Perp = Vec3.Cross(up, r0),
            Direction0 = direction,
            Direction0Perp = leftOf,
            TurnRateRadPerS = sign * horizontal / radiusM,
            StartAltitudeM = startAltitudeM,
            AltitudeChangeM = altitudeChangeM,
            HorizontalSpeedMps = horizontal,
            ClimbRateMps = speedMps * altitudeChangeM / path,
        };
    }

    /// <summary>The same segment ending at <paramref name="endS"/> (within it) instead.</summary>
    public PathSegment TruncatedAt(double endS)
    {
        double f = Math.Clamp((endS - StartS) / DurationS, 0.0, 1.0);
        return this with
        {
            DurationS = DurationS * f,
            AngleRad = AngleRad * f,
            AltitudeChangeM = AltitudeChangeM * f,
        };
    }

    /// <summary>State at <paramref name="timeS"/> (clamped to the segment).</summary>
    public void StateAt(double timeS, out Vec3 positionEcef, out Vec3 velocityEcef)
    {
        double tau = Math.Clamp(timeS - StartS, 0.0, DurationS);
        double altitude = StartAltitudeM + (AltitudeChangeM * tau / DurationS);
        Vec3 up, along;
        if (IsTurn)
        {
            double phi = TurnRateRadPerS * tau;
            double cos = Math.Cos(phi), sin = Math.Sin(phi);
            Vec3 offset = Centre + (Radius0 * cos) + (Radius0Perp * sin);
            up = (Up + (offset / Wgs84.MeanRadius)).Normalized();
            Vec3 d = (Direction0 * cos) + (Direction0Perp * sin);
            along = (d - (up * Vec3.Dot(d, up))).Normalized();
        }
        else
        {
            double s = AngleRad * tau / DurationS;
            double cos = Math.Cos(s), sin = Math.Sin(s);
            up = (U * cos) + (W * sin);
            along = (W * cos) - (U * sin);
        }

        positionEcef = EcefFromUp(up, altitude);
        velocityEcef = (along * HorizontalSpeedMps) + (up * ClimbRateMps);
    }

    /// <summary>Altitude at <paramref name="timeS"/> (clamped to the segment), m.</summary>
    public double AltitudeAt(double timeS) =>
        StartAltitudeM + (AltitudeChangeM * Math.Clamp(timeS - StartS, 0.0, DurationS) / DurationS);

    /// <summary>Unit up vector (ellipsoid normal) and horizontal unit direction of flight at <paramref name="timeS"/>.</summary>
    public void FrameAt(double timeS, out Vec3 up, out Vec3 along)
    {
        StateAt(timeS, out Vec3 p, out Vec3 v);
        var geodetic = Wgs84.ToGeodetic(p);
        up = GreatCircle.UnitVector(geodetic);
        along = (v - (up * Vec3.Dot(v, up))).Normalized();
    }

    // Wgs84.ToEcef written with the ellipsoid normal's components in place of the sines and
    // cosines of latitude and longitude (cosφ·cosλ, cosφ·sinλ, sinφ), which saves four trig calls.
    internal static Vec3 EcefFromUp(Vec3 up, double altitudeM)
    {
        double n = Wgs84.SemiMajorAxis / Math.Sqrt(1.0 - (Wgs84.E2 * up.Z * up.Z));
        double horizontal = n + altitudeM;
        return new Vec3(horizontal * up.X, horizontal * up.Y, ((n * (1.0 - Wgs84.E2)) + altitudeM) * up.Z);
    }
}
