using System.Runtime.CompilerServices;
using Rampart.Core.Geo;

namespace Rampart.Core.Tracking;

/// <summary>
/// A symmetric 3×3 matrix held as its six distinct elements: a position covariance (m²), an
/// innovation covariance or its inverse. A value on the stack, so the tracker's hot path does
/// not allocate. Immutable.
/// </summary>
internal readonly record struct SymmetricMatrix3(double Xx, double Xy, double Xz, double Yy, double Yz, double Zz)
{
    /// <summary>A diagonal matrix.</summary>
    public static SymmetricMatrix3 Diagonal(double xx, double yy, double zz) => new(xx, 0, 0, yy, 0, zz);

    public double Trace => Xx + Yy + Zz;

    public double Determinant =>
        (Xx * ((Yy * Zz) - (Yz * Yz))) - (Xy * ((Xy * Zz) - (Yz * Xz))) + (Xz * ((Xy * Yz) - (Yy * Xz)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SymmetricMatrix3 operator +(SymmetricMatrix3 a, SymmetricMatrix3 b) =>
        new(a.Xx + b.Xx, a.Xy + b.Xy, a.Xz + b.Xz, a.Yy + b.Yy, a.Yz + b.Yz, a.Zz + b.Zz);

    /// <summary>The inverse by cofactors; the caller ensures the matrix is positive definite.</summary>
    public SymmetricMatrix3 Inverse()
    {
        double cXx = (Yy * Zz) - (Yz * Yz);
        double cXy = (Xz * Yz) - (Xy * Zz);
        double cXz = (Xy * Yz) - (Xz * Yy);
        double det = (Xx * cXx) + (Xy * cXy) + (Xz * cXz);
        double inv = 1.0 / det;
        return new SymmetricMatrix3(
            cXx * inv,
            cXy * inv,
            cXz * inv,
            ((Xx * Zz) - (Xz * Xz)) * inv,
            ((Xz * Xy) - (Xx * Yz)) * inv,
            ((Xx * Yy) - (Xy * Xy)) * inv);
    }

    /// <summary>The product of this matrix with a vector.</summary>
    public Vec3 Multiply(Vec3 v) => new(
        (Xx * v.X) + (Xy * v.Y) + (Xz * v.Z),
        (Xy * v.X) + (Yy * v.Y) + (Yz * v.Z),
        (Xz * v.X) + (Yz * v.Y) + (Zz * v.Z));

    /// <summary>The quadratic form vᵀ·M·v (a squared Mahalanobis distance when M is an inverse covariance).</summary>
    public double QuadraticForm(Vec3 v) => Vec3.Dot(v, Multiply(v));

    /// <summary>
    /// A·diag(d)·Aᵀ for a general 3×3 matrix A given by its rows: the congruence that carries a
    /// diagonal covariance through a linear(ised) transform.
    /// </summary>
    public static SymmetricMatrix3 FromDiagonalCongruence(Vec3 row0, Vec3 row1, Vec3 row2, Vec3 d)
    {
        static double Dd(Vec3 a, Vec3 b, Vec3 d) => (a.X * b.X * d.X) + (a.Y * b.Y * d.Y) + (a.Z * b.Z * d.Z);
        return new SymmetricMatrix3(
            Dd(row0, row0, d), Dd(row0, row1, d), Dd(row0, row2, d),
            Dd(row1, row1, d), Dd(row1, row2, d),
            Dd(row2, row2, d));
    }

    /// <summary>A·M·Aᵀ for this matrix M and a general 3×3 matrix A given by its rows (e.g. a rotation between frames).</summary>
    public SymmetricMatrix3 Congruence(Vec3 row0, Vec3 row1, Vec3 row2)
    {
        Vec3 m0 = Multiply(row0), m1 = Multiply(row1), m2 = Multiply(row2);
        return new SymmetricMatrix3(
            Vec3.Dot(row0, m0), Vec3.Dot(row0, m1), Vec3.Dot(row0, m2),
            Vec3.Dot(row1, m1), Vec3.Dot(row1, m2),
            Vec3.Dot(row2, m2));
    }
}
