namespace Rampart.Core.Geo;

/// <summary>
/// A local east-north-up tangent frame with its origin at a geodetic point. Converts ECEF
/// positions and velocities to local coordinates and back. Immutable and thread-safe.
/// </summary>
public sealed class EnuFrame
{
    private readonly Vec3 _east;
    private readonly Vec3 _north;
    private readonly Vec3 _up;

    public EnuFrame(GeodeticPosition origin)
    {
        Origin = origin;
        OriginEcef = Wgs84.ToEcef(origin);
        double lat = origin.LatitudeRad, lon = origin.LongitudeRad;
        double sLat = Math.Sin(lat), cLat = Math.Cos(lat), sLon = Math.Sin(lon), cLon = Math.Cos(lon);
        _east = new Vec3(-sLon, cLon, 0);
        _north = new Vec3(-sLat * cLon, -sLat * sLon, cLat);
        _up = new Vec3(cLat * cLon, cLat * sLon, sLat);
    }

    /// <summary>The frame's origin.</summary>
    public GeodeticPosition Origin { get; }

    /// <summary>The frame's origin in ECEF, metres.</summary>
    public Vec3 OriginEcef { get; }

    /// <summary>Local up (the ellipsoid normal at the origin) as an ECEF unit vector.</summary>
    public Vec3 UpEcef => _up;

    /// <summary>ECEF position → local ENU position, metres.</summary>
    public Vec3 ToEnu(Vec3 ecef) => RotateToEnu(ecef - OriginEcef);

    /// <summary>ECEF direction or velocity → local ENU components (no translation).</summary>
    public Vec3 RotateToEnu(Vec3 d) => new(Vec3.Dot(_east, d), Vec3.Dot(_north, d), Vec3.Dot(_up, d));

    /// <summary>Local ENU position → ECEF position, metres.</summary>
    public Vec3 ToEcef(Vec3 enu) => OriginEcef + RotateToEcef(enu);

    /// <summary>Local ENU direction or velocity → ECEF components (no translation).</summary>
    public Vec3 RotateToEcef(Vec3 d) => (_east * d.X) + (_north * d.Y) + (_up * d.Z);

    /// <summary>Geodetic position → local ENU position.</summary>
    public Vec3 ToEnu(GeodeticPosition p) => ToEnu(Wgs84.ToEcef(p));
}
