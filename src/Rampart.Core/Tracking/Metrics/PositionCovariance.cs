using Rampart.Core.Geo;

namespace Rampart.Core.Tracking.Metrics;

/// <summary>
/// A symmetric 3×3 position covariance, m², held as its six distinct elements, in the frame of
/// the position it belongs to (named by the variable holding it). Immutable.
/// </summary>
public readonly record struct PositionCovariance(double Xx, double Xy, double Xz, double Yy, double Yz, double Zz)
{
    /// <summary>
    /// This covariance expressed in another frame: C' = R·C·Rᵀ, where the columns of R are this
    /// frame's unit axes written in the other frame (<paramref name="xAxis"/>, <paramref name="yAxis"/>, <paramref name="zAxis"/>).
    /// </summary>
    public PositionCovariance Rotated(Vec3 xAxis, Vec3 yAxis, Vec3 zAxis)
    {
        // Row k of R is (xAxis_k, yAxis_k, zAxis_k); (R·C)_k· = Σ_l R[k,l]·C[l,·].
        Vec3 cx = new(Xx, Xy, Xz), cy = new(Xy, Yy, Yz), cz = new(Xz, Yz, Zz);
        Vec3 r0 = new(xAxis.X, yAxis.X, zAxis.X), r1 = new(xAxis.Y, yAxis.Y, zAxis.Y), r2 = new(xAxis.Z, yAxis.Z, zAxis.Z);
        Vec3 a0 = (cx * r0.X) + (cy * r0.Y) + (cz * r0.Z);
        Vec3 a1 = (cx * r1.X) + (cy * r1.Y) + (cz * r1.Z);
        Vec3 a2 = (cx * r2.X) + (cy * r2.Y) + (cz * r2.Z);
        return new PositionCovariance(
            Vec3.Dot(a0, r0), Vec3.Dot(a0, r1), Vec3.Dot(a0, r2),
            Vec3.Dot(a1, r1), Vec3.Dot(a1, r2),
            Vec3.Dot(a2, r2));
    }

    /// <summary>
    /// The quadratic form eᵀ·C⁻¹·e (the position NEES of the error <paramref name="e"/>), by an
    /// LDLᵀ (square-root-free Cholesky) factorisation; null when C is not positive definite.
    /// </summary>
    public double? InverseQuadraticForm(Vec3 e)
    {
        // C = L·D·Lᵀ with unit lower-triangular L; then eᵀC⁻¹e = Σ y_k² / d_k with L·y = e.
        double d0 = Xx;
        if (!(d0 > 0))
        {
            return null;
        }

        double l10 = Xy / d0, l20 = Xz / d0;
        double d1 = Yy - (l10 * l10 * d0);
        if (!(d1 > 0))
        {
            return null;
        }

        double l21 = (Yz - (l20 * l10 * d0)) / d1;
        double d2 = Zz - (l20 * l20 * d0) - (l21 * l21 * d1);
        if (!(d2 > 0))
        {
            return null;
        }

        double y0 = e.X, y1 = e.Y - (l10 * y0), y2 = e.Z - (l20 * y0) - (l21 * y1);
        return (y0 * y0 / d0) + (y1 * y1 / d1) + (y2 * y2 / d2);
    }
}
