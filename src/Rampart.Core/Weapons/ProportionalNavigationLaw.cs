namespace Rampart.Core.Weapons;

/// <summary>The proportional-navigation laws of <see cref="GuidanceLaws.Command"/>.</summary>
public enum ProportionalNavigationLaw
{
    /// <summary>True PN: N′·V_c·λ̇, perpendicular to the line of sight.</summary>
    True,

    /// <summary>Pure PN: N′·V_m·λ̇, perpendicular to the missile's velocity.</summary>
    Pure,

    /// <summary>Augmented PN: true PN plus ½·N′ times the target's acceleration normal to the line of sight.</summary>
    Augmented,
}
