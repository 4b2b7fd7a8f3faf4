using Rampart.Core.Geo;
using Rampart.Core.Scenario.Model;
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
    /// antenna at the origin of <paramref name="site"/>'s frame) into <paramref name="trackerFrame"/>,
    /// by the chosen <paramref name="conversion"/>.
    /// </summary>
    public static ConvertedMeasurement FromDetection(in Detection detection, SensorSite site, EnuFrame trackerFrame, MeasurementConversion conversion) =>
        conversion == MeasurementConversion.Debiased
            ? FromDetectionDebiased(detection, site, trackerFrame)
            : FromDetection(detection, site, trackerFrame);

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
    /// <item>Not debiased: the conversion bias of order r·σ²(angle) is ignored (the mean of the
    /// converted point is λ_a·λ_e times the true horizontal position, λ = e^{-σ²/2}; see
    /// <see cref="FromDetectionDebiased"/>). It matters only when r·σaz²/σr approaches 0.4
    /// (Bar-Shalom's criterion), i.e. for very long ranges with coarse angles — e.g. 300 km with
    /// 1° azimuth error and 100 m range error gives 0.9, so the 91N6E's far field is where this
    /// simplification is weakest.</item>
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

    /// <summary>
    /// The unbiased ("debiased", multiplicative) converted measurement of Mo, Song, Zhou, Sun &amp;
    /// Bar-Shalom, "Unbiased converted measurements for tracking", IEEE Trans. AES 34(3), 1998, in
    /// 3-D, with its measurement-conditioned covariance.
    /// </summary>
    /// <remarks>
    /// Model (all worked here, in the sensor's ENU; a the azimuth, e the elevation, subscript m the measured value):
    /// <list type="bullet">
    /// <item>Errors: r_m = r + r̃, a_m = a + ã, e_m = e + ẽ, independent zero-mean Gaussians with
    /// the detection's sigmas. For ã ~ N(0, σ²): E[cos ã] = e^{-σ²/2} =: λ, E[sin ã] = 0,
    /// E[cos 2ã] = e^{-2σ²} = λ⁴.</item>
    /// <item>Bias of the plain conversion, given the truth: E[r_m·cos e_m·sin a_m] = r·λ_e·cos e·λ_a·sin a,
    /// so the plain point is pulled towards the radar by λ_a·λ_e horizontally and λ_e vertically.</item>
    /// <item>Unbiased point: u = (r_m·cos e_m·sin a_m, r_m·cos e_m·cos a_m) / (λ_a·λ_e), u_U = r_m·sin e_m / λ_e.</item>
    /// <item>Covariance, conditioned on the measurement as Mo et al. do (the truth taken as
    /// a = a_m − ã etc., the errors independent of the measured values): with X the true point,
    /// E[X_E] = κ_E·u_E, κ_E = κ_N = λ_a²·λ_e², κ_U = λ_e², so R_ij = E[(u_i − X_i)(u_j − X_j)]
    /// = u_i·u_j·(1 − κ_i − κ_j) + E[X_i·X_j], where E[X_i·X_j] is built from E[r²] = r_m² + σ_r²,
    /// E[cos² a] = ½(1 + λ_a⁴·cos 2a_m), E[sin² a] = ½(1 − λ_a⁴·cos 2a_m), E[sin a·cos a] = ½·λ_a⁴·sin 2a_m,
    /// E[sin a] = λ_a·sin a_m, E[cos a] = λ_a·cos a_m and the same for e. It reduces to the
    /// Jacobian covariance of <see cref="FromDetection(in Detection, SensorSite, EnuFrame)"/> as the
    /// sigmas go to zero, and is a second moment, so positive semi-definite by construction.</item>
    /// <item>Then rotated to the tracker's axes (C·R·Cᵀ), the point carried as in the plain conversion.</item>
    /// <item>Not modelled: the correlation between this R and the measurement error (Bordonaro,
    /// Willett &amp; Bar-Shalom's decorrelated variant); range and angle errors are independent.</item>
    /// </list>
    /// </remarks>
    public static ConvertedMeasurement FromDetectionDebiased(in Detection detection, SensorSite site, EnuFrame trackerFrame)
    {
        double r = detection.RangeM;
        double sa = Math.Sin(detection.AzimuthRad), ca = Math.Cos(detection.AzimuthRad);
        double se = Math.Sin(detection.ElevationRad), ce = Math.Cos(detection.ElevationRad);
        double varA = detection.SigmaAzimuthRad * detection.SigmaAzimuthRad;
        double varE = detection.SigmaElevationRad * detection.SigmaElevationRad;
        double lambdaA = Math.Exp(-varA / 2), lambdaE = Math.Exp(-varE / 2);
        double lambdaA4 = Math.Exp(-2 * varA), lambdaE4 = Math.Exp(-2 * varE);

        var u = new Vec3(r * ce * sa / (lambdaA * lambdaE), r * ce * ca / (lambdaA * lambdaE), r * se / lambdaE);
        Vec3 position = trackerFrame.ToEnu(site.Frame.ToEcef(u));

        // Conditional moments of the true point given the measurement.
        double er2 = (r * r) + (detection.SigmaRangeM * detection.SigmaRangeM);
        double cos2A = (ca * ca) - (sa * sa), sin2A = 2 * sa * ca;
        double cos2E = (ce * ce) - (se * se), sin2E = 2 * se * ce;
        double eSinA2 = 0.5 * (1 - (lambdaA4 * cos2A)), eCosA2 = 0.5 * (1 + (lambdaA4 * cos2A)), eSinCosA = 0.5 * lambdaA4 * sin2A;
        double eSinE2 = 0.5 * (1 - (lambdaE4 * cos2E)), eCosE2 = 0.5 * (1 + (lambdaE4 * cos2E)), eSinCosE = 0.5 * lambdaE4 * sin2E;
        double kH = lambdaA * lambdaA * lambdaE * lambdaE, kU = lambdaE * lambdaE;

        var sensorCovariance = new SymmetricMatrix3(
            Xx: (u.X * u.X * (1 - (2 * kH))) + (er2 * eCosE2 * eSinA2),
            Xy: (u.X * u.Y * (1 - (2 * kH))) + (er2 * eCosE2 * eSinCosA),
            Xz: (u.X * u.Z * (1 - kH - kU)) + (er2 * eSinCosE * lambdaA * sa),
            Yy: (u.Y * u.Y * (1 - (2 * kH))) + (er2 * eCosE2 * eCosA2),
            Yz: (u.Y * u.Z * (1 - kH - kU)) + (er2 * eSinCosE * lambdaA * ca),
            Zz: (u.Z * u.Z * (1 - (2 * kU))) + (er2 * eSinE2));

        Vec3 cE = trackerFrame.RotateToEnu(site.Frame.RotateToEcef(new Vec3(1, 0, 0)));
        Vec3 cN = trackerFrame.RotateToEnu(site.Frame.RotateToEcef(new Vec3(0, 1, 0)));
        Vec3 cU = trackerFrame.RotateToEnu(site.Frame.RotateToEcef(new Vec3(0, 0, 1)));
        SymmetricMatrix3 covariance = sensorCovariance.Congruence(
            new Vec3(cE.X, cN.X, cU.X), new Vec3(cE.Y, cN.Y, cU.Y), new Vec3(cE.Z, cN.Z, cU.Z));
        return new ConvertedMeasurement(position, covariance);
    }
}
