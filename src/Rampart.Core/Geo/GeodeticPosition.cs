namespace Rampart.Core.Geo;

/// <summary>
/// A point given by WGS-84 geodetic latitude and longitude (degrees, north and east positive)
/// and height in metres above the WGS-84 ellipsoid. Immutable.
/// </summary>
/// <remarks>
/// Implementation note: Rampart treats height above the ellipsoid as altitude above mean sea
/// level (the geoid undulation, up to ±100 m, is ignored); see docs/model.md.
/// </remarks>
public readonly record struct GeodeticPosition(double LatitudeDeg, double LongitudeDeg, double AltitudeM)
{
    public double LatitudeRad => LatitudeDeg * Math.PI / 180.0;

    public double LongitudeRad => LongitudeDeg * Math.PI / 180.0;

    public GeodeticPosition WithAltitude(double altitudeM) => this with { AltitudeM = altitudeM };

    public override string ToString() =>
        FormattableString.Invariant($"({LatitudeDeg:F5}°, {LongitudeDeg:F5}°, {AltitudeM:F0} m)");
}
