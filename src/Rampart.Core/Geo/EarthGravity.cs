namespace Rampart.Core.Geo;

/// <summary>
/// Accelerations on a body moving in the earth-fixed (ECEF) frame of the rotating WGS-84 earth:
/// gravitation with the J2 zonal harmonic, and the frame's centrifugal and Coriolis terms.
/// Stateless, thread-safe, allocation-free.
/// </summary>
/// <remarks>
/// In ECEF (a frame rotating at ω about +Z) Newton's law reads
/// r̈ = g(r) − 2 ω×ṙ − ω×(ω×r) + f/m, where g is the gravitational attraction, −2ω×ṙ the
/// Coriolis term and −ω×(ω×r) the centrifugal term (Zipfel, <i>Modeling and Simulation of
/// Aerospace Vehicle Dynamics</i>, ch. 10). Assumption: the earth's rotation is uniform about its
/// Z axis (no precession, nutation or polar motion, which are many orders below a missile's
/// flight); gravitation keeps J2 only (J3, J4 and higher are ~10³ times smaller, and the
/// mismatch with the WGS-84 normal gravity this leaves is about 10⁻⁴ m/s²).
/// </remarks>
public static class EarthGravity
{
    /// <summary>WGS-84 earth rotation rate ω, rad/s (NIMA TR8350.2, table 3.1).</summary>
    public const double AngularVelocity = 7.292115e-5;

    /// <summary>
    /// Second zonal harmonic J2 of the WGS-84 gravity model: J2 = −√5·C̄₂₀ with the normalised
    /// C̄₂₀ = −4.84166774985e-4 of NIMA TR8350.2 (table 5.1), i.e. 1.082629821e-3.
    /// </summary>
    public const double J2 = 1.082629821313e-3;

    /// <summary>
    /// Gravitational attraction with J2 at an ECEF position, m/s² (no centrifugal term):
    /// g = −μ/r³ · [x·(1 + k·(1 − 5z²/r²)), y·(1 + k·(1 − 5z²/r²)), z·(1 + k·(3 − 5z²/r²))],
    /// k = 1.5·J2·(a/r)², the gradient of U = −μ/r·[1 − J2·(a/r)²·P₂(z/r)].
    /// </summary>
    public static Vec3 Gravitation(Vec3 r)
    {
        double r2 = r.LengthSquared;
        double rr = Math.Sqrt(r2);
        double k = 1.5 * J2 * Wgs84.SemiMajorAxis * Wgs84.SemiMajorAxis / r2;
        double z2 = r.Z * r.Z / r2;
        double m = -Wgs84.GravitationalParameter / (r2 * rr);
        double horizontal = m * (1.0 + (k * (1.0 - (5.0 * z2))));
        double vertical = m * (1.0 + (k * (3.0 - (5.0 * z2))));
        return new Vec3(r.X * horizontal, r.Y * horizontal, r.Z * vertical);
    }

    /// <summary>Centrifugal acceleration −ω×(ω×r) = ω²·(x, y, 0) at an ECEF position, m/s².</summary>
    public static Vec3 Centrifugal(Vec3 r)
    {
        const double w2 = AngularVelocity * AngularVelocity;
        return new Vec3(w2 * r.X, w2 * r.Y, 0.0);
    }

    /// <summary>Coriolis acceleration −2ω×v for an ECEF velocity, m/s²: 2ω·(v_y, −v_x, 0).</summary>
    public static Vec3 Coriolis(Vec3 v) => new(2.0 * AngularVelocity * v.Y, -2.0 * AngularVelocity * v.X, 0.0);

    /// <summary>Everything but the applied forces: gravitation + centrifugal + Coriolis, m/s².</summary>
    public static Vec3 ApparentAcceleration(Vec3 r, Vec3 v) => Gravitation(r) + Centrifugal(r) + Coriolis(v);

    /// <summary>
    /// The potential of the apparent forces that do work in the rotating frame, per unit mass,
    /// J/kg: U = −μ/r·[1 − J2·(a/r)²·P₂(z/r)] − ½ω²(x² + y²). With no applied forces
    /// ½|v|² + U (the Jacobi integral) is constant, because the Coriolis term does no work.
    /// </summary>
    public static double EffectivePotential(Vec3 r)
    {
        double r2 = r.LengthSquared;
        double rr = Math.Sqrt(r2);
        double z2 = r.Z * r.Z / r2;
        double p2 = 0.5 * ((3.0 * z2) - 1.0);
        double gravitational = -Wgs84.GravitationalParameter / rr * (1.0 - (J2 * Wgs84.SemiMajorAxis * Wgs84.SemiMajorAxis / r2 * p2));
        return gravitational - (0.5 * AngularVelocity * AngularVelocity * ((r.X * r.X) + (r.Y * r.Y)));
    }
}
