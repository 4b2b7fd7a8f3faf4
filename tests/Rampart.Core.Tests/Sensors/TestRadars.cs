using Rampart.Core.Geo;
using Rampart.Core.Kernel;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Sensors;

namespace Rampart.Core.Tests.Sensors;

/// <summary>Radar specs and target placement shared by the radar tests.</summary>
internal static class TestRadars
{
    /// <summary>A generic 360° search radar with round numbers (not any real radar).</summary>
    public static RadarSpec Search(
        double referencePd = 0.8,
        double referencePfa = 1e-6,
        double referenceRcsM2 = 1.0,
        double referenceRangeM = 100_000.0,
        double azimuthCoverageDeg = 360.0,
        double boresightAzimuthDeg = 0.0,
        double minElevationDeg = -2.0,
        double maxElevationDeg = 30.0,
        double minRangeM = 1_000.0,
        double instrumentedRangeM = 300_000.0,
        double rangeResolutionM = 150.0,
        double azimuthBeamwidthDeg = 1.5,
        double elevationBeamwidthDeg = 32.0,
        double rangeSigmaM = 50.0,
        double azimuthSigmaDeg = 0.2,
        double elevationSigmaDeg = 0.3,
        int maxTracks = 0) =>
        new(
            Name: "test-search",
            Band: RadarBand.S,
            FrequencyHz: 3e9,
            ReferenceRcsM2: referenceRcsM2,
            ReferenceRangeM: referenceRangeM,
            ReferencePd: referencePd,
            ReferencePfa: referencePfa,
            ScanPeriodS: 10.0,
            AzimuthCoverageDeg: azimuthCoverageDeg,
            BoresightAzimuthDeg: boresightAzimuthDeg,
            MinElevationDeg: minElevationDeg,
            MaxElevationDeg: maxElevationDeg,
            MinRangeM: minRangeM,
            InstrumentedRangeM: instrumentedRangeM,
            RangeResolutionM: rangeResolutionM,
            AzimuthBeamwidthDeg: azimuthBeamwidthDeg,
            ElevationBeamwidthDeg: elevationBeamwidthDeg,
            RangeSigmaM: rangeSigmaM,
            AzimuthSigmaDeg: azimuthSigmaDeg,
            ElevationSigmaDeg: elevationSigmaDeg,
            MaxTracks: maxTracks);

    public static readonly GeodeticPosition Ground = new(50.0, 30.0, 100.0);

    public const double MastHeightM = 10.0;

    /// <summary>The radar's antenna frame built independently of the radar (ground + mast).</summary>
    public static EnuFrame AntennaFrame(GeodeticPosition ground, double mastHeightM) =>
        new(ground.WithAltitude(ground.AltitudeM + mastHeightM));

    /// <summary>A target at the given ENU offset from the antenna (metres), at rest.</summary>
    public static TargetTruth TargetAtEnu(EnuFrame antenna, int id, Vec3 enu, double rcsM2, int swerling)
    {
        Vec3 ecef = antenna.ToEcef(enu);
        double altitude = Wgs84.ToGeodetic(ecef).AltitudeM;
        return new TargetTruth(new EntityId(id), ecef, Vec3.Zero, altitude, rcsM2, swerling);
    }

    /// <summary>ENU offset at slant range r, azimuth (deg from north, clockwise) and elevation (deg).</summary>
    public static Vec3 Polar(double rangeM, double azimuthDeg, double elevationDeg)
    {
        double az = azimuthDeg * Math.PI / 180.0, el = elevationDeg * Math.PI / 180.0;
        return new Vec3(rangeM * Math.Cos(el) * Math.Sin(az), rangeM * Math.Cos(el) * Math.Cos(az), rangeM * Math.Sin(el));
    }

    public static int CountTrue(List<SensorReport> reports, int id)
    {
        int n = 0;
        foreach (var r in reports)
        {
            if (r.TruthId == new EntityId(id))
            {
                n++;
            }
        }

        return n;
    }
}
