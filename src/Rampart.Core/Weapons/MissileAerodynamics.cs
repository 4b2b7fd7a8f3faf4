using Rampart.Core.Scenario.Model;

namespace Rampart.Core.Weapons;

/// <summary>
/// Constants derived once from a <see cref="MissileSpec"/> for the flight model: reference area,
/// the drag table as arrays, mass flow, the motor timeline and the airframe's normal-force limit.
/// Immutable and thread-safe.
/// </summary>
internal sealed class MissileAerodynamics
{
    /// <summary>Standard gravity g₀, m/s² (converts the spec's g limits).</summary>
    public const double StandardGravity = 9.80665;

    /// <summary>Speed of sound at sea level in the 1976 standard atmosphere, m/s.</summary>
    private const double SeaLevelSpeedOfSound = 340.294;

    /// <summary>Density at sea level in the 1976 standard atmosphere, kg/m³.</summary>
    private const double SeaLevelDensity = 1.225;

    private readonly double[] _mach;
    private readonly double[] _cd;

    public MissileAerodynamics(MissileSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.DragMach.Count == 0 || spec.DragMach.Count != spec.DragCd.Count)
        {
            throw new ArgumentException($"Missile '{spec.Name}': the drag table needs equal, non-zero numbers of Mach and Cd values.", nameof(spec));
        }

        if (spec.LaunchMassKg <= 0 || spec.PropellantMassKg < 0 || spec.PropellantMassKg >= spec.LaunchMassKg || spec.BurnTimeS < 0 || spec.DiameterM <= 0)
        {
            throw new ArgumentException($"Missile '{spec.Name}': launch mass, propellant mass, burn time or diameter is out of range.", nameof(spec));
        }

        _mach = [.. spec.DragMach];
        _cd = [.. spec.DragCd];
        for (int i = 1; i < _mach.Length; i++)
        {
            if (!(_mach[i] > _mach[i - 1]))
            {
                throw new ArgumentException($"Missile '{spec.Name}': drag Mach numbers must ascend.", nameof(spec));
            }
        }

        ReferenceAreaM2 = Math.PI * spec.DiameterM * spec.DiameterM / 4.0;
        LaunchMassKg = spec.LaunchMassKg;
        BurnoutMassKg = spec.LaunchMassKg - spec.PropellantMassKg;
        ThrustN = spec.BurnTimeS > 0 ? spec.ThrustN : 0.0;
        MassFlowKgPerS = spec.BurnTimeS > 0 ? spec.PropellantMassKg / spec.BurnTimeS : 0.0;
        IgnitionTimeS = Math.Max(0.0, spec.EjectionDelayS);
        BurnoutTimeS = IgnitionTimeS + Math.Max(0.0, spec.BurnTimeS);
        MaxLateralAccelerationMps2 = spec.MaxLateralG * StandardGravity;
        DivertAccelerationMps2 = Math.Max(0.0, spec.DivertAccelerationG) * StandardGravity;

        // The airframe's maximum normal-force coefficient CNmax comes from the equipment file.
        // Assumption where the file gives none: it is such that the burnt-out missile reaches its
        // structural limit MaxLateralG exactly at sea level, Mach 2 (q = ½·1.225·(2·340.294)² ≈
        // 283.7 kPa). Above the dynamic pressure where q·A·CNmax/m reaches the structural limit the
        // structure limits the manoeuvre, below it the aerodynamics do (a = q·A·CNmax/m).
        double qRef = 0.5 * SeaLevelDensity * Math.Pow(2.0 * SeaLevelSpeedOfSound, 2);
        MaxNormalForceCoefficient = double.IsNaN(spec.MaxNormalForceCoefficient)
            ? MaxLateralAccelerationMps2 * BurnoutMassKg / (qRef * ReferenceAreaM2)
            : spec.MaxNormalForceCoefficient;
    }

    public double ReferenceAreaM2 { get; }

    public double LaunchMassKg { get; }

    public double BurnoutMassKg { get; }

    public double ThrustN { get; }

    public double MassFlowKgPerS { get; }

    /// <summary>Motor ignition, s after launch (the cold-launch ejection delay).</summary>
    public double IgnitionTimeS { get; }

    /// <summary>Motor burn-out, s after launch.</summary>
    public double BurnoutTimeS { get; }

    public double MaxLateralAccelerationMps2 { get; }

    /// <summary>CNmax, the largest normal-force coefficient the airframe produces (see the constructor).</summary>
    public double MaxNormalForceCoefficient { get; }

    /// <summary>Lateral acceleration of the gas-dynamic divert thrusters in the end game, m/s² (0 without them).</summary>
    public double DivertAccelerationMps2 { get; }

    /// <summary>
    /// The largest lateral acceleration available, m/s²: aerodynamic q·A·CNmax/m (it fades with
    /// the air's density), plus in the end game the divert thrusters' acceleration (which does
    /// not depend on q), the sum capped by the structural limit.
    /// </summary>
    /// <param name="dynamicPressurePa">½ρv², Pa.</param>
    /// <param name="massKg">Current mass, kg.</param>
    /// <param name="endgame">True once the seeker has locked (the divert thrusters are used only then).</param>
    /// <remarks>
    /// Assumption: the divert thrusters' propellant is not tracked (they are taken to last the
    /// end game), and their push adds to the aerodynamic one, as with the 9M96's gas-dynamic
    /// control near the centre of mass.
    /// </remarks>
    public double LateralCapacity(double dynamicPressurePa, double massKg, bool endgame)
    {
        double aero = dynamicPressurePa * ReferenceAreaM2 * MaxNormalForceCoefficient / massKg;
        double divert = endgame ? DivertAccelerationMps2 : 0.0;
        return Math.Min(MaxLateralAccelerationMps2, aero + divert);
    }

    /// <summary>Effective exhaust velocity F/ṁ, m/s (0 without a motor).</summary>
    public double ExhaustVelocityMps => MassFlowKgPerS > 0 ? ThrustN / MassFlowKgPerS : 0.0;

    /// <summary>Ideal (Tsiolkovsky) velocity gain of the motor, m/s.</summary>
    public double IdealDeltaVMps => ExhaustVelocityMps * Math.Log(LaunchMassKg / BurnoutMassKg);

    /// <summary>Mass at a time after launch, kg: linear propellant burn (constant mass flow).</summary>
    public double MassAt(double flightTimeS)
    {
        if (flightTimeS <= IgnitionTimeS)
        {
            return LaunchMassKg;
        }

        return flightTimeS >= BurnoutTimeS ? BurnoutMassKg : LaunchMassKg - (MassFlowKgPerS * (flightTimeS - IgnitionTimeS));
    }

    /// <summary>
    /// Zero-lift drag coefficient at a Mach number: linear interpolation in the spec's table,
    /// held constant beyond its ends.
    /// </summary>
    public double DragCoefficient(double mach)
    {
        double[] m = _mach;
        if (mach <= m[0])
        {
            return _cd[0];
        }

        for (int i = 1; i < m.Length; i++)
        {
            if (mach < m[i])
            {
                double f = (mach - m[i - 1]) / (m[i] - m[i - 1]);
                return _cd[i - 1] + (f * (_cd[i] - _cd[i - 1]));
            }
        }

        return _cd[^1];
    }
}
