namespace Rampart.Core.Geo;

/// <summary>
/// Great-circle navigation on a sphere of radius <see cref="Wgs84.MeanRadius"/>: distance,
/// initial bearing, destination and interpolation between two geodetic positions. Angles in
/// radians, distances in metres, bearings clockwise from true north. Stateless, thread-safe.
/// </summary>
/// <remarks>
/// Model assumption (spherical approximation): geodetic latitude and longitude are used as if
/// they were spherical coordinates on a sphere of the WGS-84 mean radius R1 = 6,371,008.8 m, and
/// distances are measured at sea level (altitude does not lengthen an arc). Against the
/// ellipsoidal (Vincenty) distance this errs by up to about 0.5 % and in bearing by up to a few
/// tenths of a degree; Rampart uses it for routes and range bookkeeping, where that is far
/// below the uncertainty of the scenario itself. Formulas as in Williams' Aviation Formulary.
/// </remarks>
public static class GreatCircle
{
    private const double DegPerRad = 180.0 / Math.PI;

    /// <summary>Sea-level great-circle distance between two positions (haversine formula), metres.</summary>
    public static double DistanceM(GeodeticPosition a, GeodeticPosition b) =>
        CentralAngleRad(a, b) * Wgs84.MeanRadius;

    /// <summary>
    /// Angle subtended at the sphere's centre by two positions (haversine formula, well
    /// conditioned for small separations), radians in [0, π].
    /// </summary>
    public static double CentralAngleRad(GeodeticPosition a, GeodeticPosition b)
    {
        double lat1 = a.LatitudeRad, lat2 = b.LatitudeRad;
        double sinHalfDLat = Math.Sin((lat2 - lat1) / 2.0);
        double sinHalfDLon = Math.Sin((b.LongitudeRad - a.LongitudeRad) / 2.0);
        double h = (sinHalfDLat * sinHalfDLat) + (Math.Cos(lat1) * Math.Cos(lat2) * sinHalfDLon * sinHalfDLon);
        return 2.0 * Math.Asin(Math.Sqrt(Math.Clamp(h, 0.0, 1.0)));
    }

    /// <summary>
    /// Initial bearing (forward azimuth) of the great circle from <paramref name="a"/> to
    /// <paramref name="b"/>, radians clockwise from north in [0, 2π). Zero when the points coincide.
    /// </summary>
    public static double InitialBearingRad(GeodeticPosition a, GeodeticPosition b)
    {
        double lat1 = a.LatitudeRad, lat2 = b.LatitudeRad;
        double dLon = b.LongitudeRad - a.LongitudeRad;
        double y = Math.Sin(dLon) * Math.Cos(lat2);
        double x = (Math.Cos(lat1) * Math.Sin(lat2)) - (Math.Sin(lat1) * Math.Cos(lat2) * Math.Cos(dLon));
        return NormalizeBearing(Math.Atan2(y, x));
    }

    /// <summary>
    /// The position reached by following the great circle that leaves <paramref name="start"/>
    /// on <paramref name="bearingRad"/> (clockwise from north) for <paramref name="distanceM"/>
    /// metres (negative goes backwards). The altitude is the start's. Longitude in [−180°, 180°).
    /// </summary>
    public static GeodeticPosition Destination(GeodeticPosition start, double bearingRad, double distanceM)
    {
        double delta = distanceM / Wgs84.MeanRadius;
        double lat1 = start.LatitudeRad;
        double sinLat1 = Math.Sin(lat1), cosLat1 = Math.Cos(lat1);
        double sinD = Math.Sin(delta), cosD = Math.Cos(delta);
        double sinLat2 = (sinLat1 * cosD) + (cosLat1 * sinD * Math.Cos(bearingRad));
        double lat2 = Math.Asin(Math.Clamp(sinLat2, -1.0, 1.0));
        double lon2 = start.LongitudeRad + Math.Atan2(Math.Sin(bearingRad) * sinD * cosLat1, cosD - (sinLat1 * sinLat2));
        return new GeodeticPosition(lat2 * DegPerRad, NormalizeLongitudeDeg(lon2 * DegPerRad), start.AltitudeM);
    }

    /// <summary>
    /// The point a <paramref name="fraction"/> of the way from <paramref name="a"/> to
    /// <paramref name="b"/> along the shorter great-circle arc (spherical linear interpolation);
    /// altitude is interpolated linearly. Fraction 0 gives <paramref name="a"/>, 1 gives
    /// <paramref name="b"/>; values outside [0, 1] extrapolate along the same great circle.
    /// Undefined for antipodal points (any great circle joins them); one is chosen arbitrarily.
    /// </summary>
    public static GeodeticPosition Interpolate(GeodeticPosition a, GeodeticPosition b, double fraction)
    {
        double altitude = a.AltitudeM + (fraction * (b.AltitudeM - a.AltitudeM));
        Vec3 pa = UnitVector(a), pb = UnitVector(b);
        double delta = CentralAngleRad(a, b);
        Vec3 p;
        if (delta < 1e-12)
        {
            // Coincident points: the slerp weights are 0/0; the straight chord is exact to rounding.
            p = (pa + ((pb - pa) * fraction)).Normalized();
        }
        else
        {
            double sinDelta = Math.Sin(delta);
            double wa = Math.Sin((1.0 - fraction) * delta) / sinDelta;
            double wb = Math.Sin(fraction * delta) / sinDelta;
            p = ((pa * wa) + (pb * wb)).Normalized();
        }

        return FromUnitVector(p, altitude);
    }

    /// <summary>
    /// The unit vector from the sphere's centre through a position's latitude and longitude
    /// (the spherical "n-vector"); it is also the WGS-84 ellipsoid normal at that position.
    /// </summary>
    public static Vec3 UnitVector(GeodeticPosition p)
    {
        double lat = p.LatitudeRad, lon = p.LongitudeRad;
        double cosLat = Math.Cos(lat);
        return new Vec3(cosLat * Math.Cos(lon), cosLat * Math.Sin(lon), Math.Sin(lat));
    }

    /// <summary>The geodetic position whose latitude and longitude point along unit vector <paramref name="n"/>, at <paramref name="altitudeM"/>.</summary>
    public static GeodeticPosition FromUnitVector(Vec3 n, double altitudeM)
    {
        double lat = Math.Atan2(n.Z, Math.Sqrt((n.X * n.X) + (n.Y * n.Y)));
        double lon = Math.Atan2(n.Y, n.X);
        return new GeodeticPosition(lat * DegPerRad, lon * DegPerRad, altitudeM);
    }

    private static double NormalizeBearing(double bearingRad)
    {
        double b = bearingRad % (2.0 * Math.PI);
        return b < 0 ? b + (2.0 * Math.PI) : b;
    }

    private static double NormalizeLongitudeDeg(double lonDeg)
    {
        double l = (lonDeg + 180.0) % 360.0;
        return (l < 0 ? l + 360.0 : l) - 180.0;
    }
}
