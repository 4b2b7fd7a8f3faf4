using Rampart.Analysis.Studies;
using Rampart.Core.Scenario;

namespace Rampart.Analysis.Tests.Studies;

/// <summary>The engagement envelope from the full flyout model against the published figures.</summary>
public class EngagementEnvelopeTests
{
    /// <summary>
    /// Published maximum ranges (REFERENCE.md: Almaz statements quoted by domain-b (2007) and the
    /// Hindu BusinessLine explainer): 40N6E 400 km, 48N6E2 200 km, 48N6DM 250 km (the 48N6E3 is
    /// its export version), 9M96E2 120 km; the S-500's 40N6M is a 40N6 (same 400 km, marked
    /// speculative in its file). Typed here from that table, not read from the equipment files.
    /// </summary>
    [Theory]
    [InlineData("40N6E", 400_000.0)]
    [InlineData("40N6M", 400_000.0)]
    [InlineData("48N6E2", 200_000.0)]
    [InlineData("48N6E3", 250_000.0)]
    [InlineData("9M96E2", 120_000.0)]
    public void MaximumRange_AgainstFavourableTarget_IsWithin15PercentOfPublished(string missile, double publishedM)
    {
        // Favourable target: a large aircraft approaching head-on at 250 m/s and 12 km, where the
        // missile's lofted glide ends in air dense enough to manoeuvre.
        Assert.True(EquipmentLibrary.LoadDefault().TryGetMissile(missile, out var spec));
        var row = EngagementEnvelope.At(spec, 250.0, 12_000.0, EnvelopeAspect.HeadOn);
        Assert.InRange(row.MaxRangeM, 0.85 * publishedM, 1.15 * publishedM);
        Assert.True(row.MinRangeM < 0.1 * row.MaxRangeM, $"minimum range {row.MinRangeM} m");
    }

    /// <summary>
    /// The S-500's anti-ballistic 77N6 missiles against the published system range: about 600 km
    /// (REFERENCE.md, S-500), 500–600 km for the 77N6 family in the defence press (issue 6): the
    /// 77N6-N taken at the lower end, 500 km, the 77N6-N1 at the upper, 600 km. Typed here, not
    /// read from the equipment files.
    /// </summary>
    [Theory]
    [InlineData("77N6-N", 500_000.0)]
    [InlineData("77N6-N1", 600_000.0)]
    public void AntiBallisticMaximumRange_AgainstFavourableTarget_IsWithin15PercentOfPublished(string missile, double publishedM)
    {
        // Favourable target for an anti-ballistic interceptor: slow (250 m/s), head-on and high
        // (50 km), above the dense air in which the light burnt-out missile decelerates at tens
        // of g (at 12 km its modelled reach is shorter: see docs/model.md, S-500 flyout).
        Assert.True(EquipmentLibrary.LoadDefault().TryGetMissile(missile, out var spec));
        var row = EngagementEnvelope.At(spec, 250.0, 50_000.0, EnvelopeAspect.HeadOn);
        Assert.InRange(row.MaxRangeM, 0.85 * publishedM, 1.15 * publishedM);
    }

    /// <summary>
    /// The 77N6s must home on a tactical ballistic missile's speed (1.5–3 km/s re-entry,
    /// REFERENCE.md threats) above the altitude where fins still work (~50 km): only the kill
    /// vehicle's divert can steer there. Planned intercepts 200 km out, head-on, at 30, 50 and 80 km.
    /// </summary>
    [Theory]
    [InlineData("77N6-N", 30_000.0)]
    [InlineData("77N6-N", 50_000.0)]
    [InlineData("77N6-N", 80_000.0)]
    [InlineData("77N6-N1", 80_000.0)]
    public void AntiBallisticMissile_InterceptsFastTarget_AboveTheAtmosphere(string missile, double altitudeM)
    {
        Assert.True(EquipmentLibrary.LoadDefault().TryGetMissile(missile, out var spec));
        var shot = EngagementEnvelope.Fly(spec, 2_500.0, altitudeM, EnvelopeAspect.HeadOn, 200_000.0);
        Assert.True(shot.Counts, $"miss {shot.MissDistanceM} m, speed {shot.SpeedMps} m/s, capacity {shot.LateralCapacityG} g");
        Assert.InRange(shot.MissDistanceM, 0.0, spec.LethalRadiusM);
    }

    [Fact]
    public void Flyout_AgainstHeadOnTarget_CountsOnlyWhenCriteriaHold()
    {
        // 9M96E2 against a 250 m/s head-on target at 5 km: at 30 km the intercept is easy (it
        // must count, miss within the 5 m lethal radius); at 400 km it is far beyond the missile
        // (it must not).
        Assert.True(EquipmentLibrary.LoadDefault().TryGetMissile("9M96E2", out var spec));
        var near = EngagementEnvelope.Fly(spec, 250.0, 5_000.0, EnvelopeAspect.HeadOn, 30_000.0);
        Assert.True(near.Counts);
        Assert.InRange(near.MissDistanceM, 0.0, spec.LethalRadiusM);
        Assert.InRange(near.GroundRangeM, 29_000.0, 31_000.0);
        Assert.False(EngagementEnvelope.Fly(spec, 250.0, 5_000.0, EnvelopeAspect.HeadOn, 400_000.0).Counts);
    }
}
