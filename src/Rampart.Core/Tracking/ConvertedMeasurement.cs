using Rampart.Core.Geo;
using Rampart.Core.Sensors;

namespace Rampart.Core.Tracking;

/// <summary>
/// A radar detection converted to a Cartesian position in the tracker's ENU frame, with its
/// linearised covariance (m²). What the Kalman updater consumes.
/// </summary>
/// <param name="Position">Measured position, tracker ENU metres.</param>
/// <param name="Covariance">Measurement error covariance in the tracker frame, m².</param>
internal readonly record struct ConvertedMeasurement(Vec3 Position, SymmetricMatrix3 Covariance) : IPositioned
{
    /// <summary>
    /// Converts a polar detection (range, azimuth clockwise from north, elevation, about the
    /// antenna at the origin of <paramref name="site"/>'s frame) into <paramref name="trackerFrame"/>.
    /// </summary>
    /// <remarks>
    /// Model assumptions (converted-measurement Kalman filter, Bar-Shalom, Li &amp; Kirubarajan §10.4):
    /// <list type="bullet">
    /// <item>Position: polar → Cartesian in the sensor's ENU, → ECEF (<see cref="EnuFrame.ToEcef"/>), → tracker ENU (<see cref="EnuFrame.ToEnu(Vec3)"/>). Exact.</item>
    /// <item>Covariance: first-order (Jacobian) transform of diag(σr², σaz², σel²) evaluated at the
    /// measured point, then rotated from the sensor's ENU axes to the tracker's. Range, azimuth and
    /// elevation errors are taken as independent.</item>
    /// <item>Not debiased: the conversion bias of order r·σ²(angle) is ignored. It matters only when
    /// r·σaz²/σr approaches 0.4 (Bar-Shalom's criterion), i.e. for very long ranges with coarse
    /// angles — e.g. 300 km with 1° azimuth error and 100 m range error gives 0.9, so the
    /// 91N6E's far field is where this simplification is weakest.</item>
    /// </list>
    /// </remarks>
    public static ConvertedMeasurement FromDetection(in Detection detection, SensorSite site, EnuFrame trackerFrame)
    {
        double r = detection.RangeM;
        double sa = Math.Sin(detection.AzimuthRad), ca = Math.Cos(detection.AzimuthRad);
        double se = Math.Sin(detection.ElevationRad), ce = Math.Cos(detection.ElevationRad);

        // Sensor ENU: east = r·cos(el)·sin(az), north = r·cos(el)·cos(az), up = r·sin(el).
        var sensorEnu = new Vec3(r * ce * sa, r * ce * ca, r * se);
        Vec3 position = trackerFrame.ToEnu(site.Frame.ToEcef(sensorEnu));

        // Jacobian rows ∂(e, n, u)/∂(r, az, el).
        var jE = new Vec3(ce * sa, r * ce * ca, -r * se * sa);
        var jN = new Vec3(ce * ca, -r * ce * sa, -r * se * ca);
        var jU = new Vec3(se, 0, r * ce);

        // Sensor ENU axes expressed in the tracker's ENU axes: column l of the rotation C.
        Vec3 cE = trackerFrame.RotateToEnu(site.Frame.RotateToEcef(new Vec3(1, 0, 0)));
        Vec3 cN = trackerFrame.RotateToEnu(site.Frame.RotateToEcef(new Vec3(0, 1, 0)));
        Vec3 cU = trackerFrame.RotateToEnu(site.Frame.RotateToEcef(new Vec3(0, 0, 1)));

        // Rows of C·J: row k = Σ_l C[k,l]·J[l,·].
        Vec3 row0 = (jE * cE.X) + (jN * cN.X) + (jU * cU.X);
        Vec3 row1 = (jE * cE.Y) + (jN * cN.Y) + (jU * cU.Y);
        Vec3 row2 = (jE * cE.Z) + (jN * cN.Z) + (jU * cU.Z);

        var variances = new Vec3(
            detection.SigmaRangeM * detection.SigmaRangeM,
            detection.SigmaAzimuthRad * detection.SigmaAzimuthRad,
            detection.SigmaElevationRad * detection.SigmaElevationRad);
        return new ConvertedMeasurement(position, SymmetricMatrix3.FromDiagonalCongruence(row0, row1, row2, variances));
    }
}
