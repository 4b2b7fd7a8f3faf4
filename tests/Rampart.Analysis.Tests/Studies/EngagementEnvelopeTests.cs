using Rampart.Analysis.Studies;
using Rampart.Core.Scenario;

namespace Rampart.Analysis.Tests.Studies;

/// <summary>The engagement envelope from the full flyout model against the published figures.</summary>
public class EngagementEnvelopeTests
{
    /// <summary>
    /// Published maximum ranges (REFERENCE.md: Almaz statements quoted by domain-b (2007) and the
    /// Hindu BusinessLine explainer): 40N6E 400 km, 48N6E2 200 km, 48N6DM 250 km (the 48N6E3 is
    /// its export version), 9M96E2 120 km. Typed here from that table, not read from the
    /// equipment files.
    /// </summary>
    [Theory]
    [InlineData("40N6E", 400_000.0)]
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
