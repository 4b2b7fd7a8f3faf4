using Rampart.Analysis.Studies;
using Rampart.Core.Scenario;

namespace Rampart.Analysis.Tests.Studies;

public class ScenarioVariationTests
{
    private static Core.Scenario.Model.ScenarioModel Load(string text) =>
        ScenarioLoader.Parse(text, Path.Combine(Path.GetTempPath(), "varied.yaml"), EquipmentLibrary.LoadDefault());

    [Fact]
    public void IndexPath_SetsAnExistingValue()
    {
        string varied = ScenarioVariation.Apply(TestScenarios.SmallRaid, "threats.0.count", "5");

        Assert.Equal(5, Load(varied).Threats[0].Count);
    }

    [Fact]
    public void NamePath_FindsTheItem_AndAddsAMissingKey()
    {
        Assert.DoesNotContain("cycle", TestScenarios.SmallRaid, StringComparison.Ordinal);
        string varied = ScenarioVariation.Apply(TestScenarios.SmallRaid, "batteries.Battalion.command_post.cycle", "4 s");

        Assert.Equal(4, Load(varied).Batteries[0].CommandPost.CycleS, 9);
    }

    [Fact]
    public void TopLevelValue_WithUnits_IsReadByTheLoader()
    {
        Assert.Equal(120, Load(ScenarioVariation.Apply(TestScenarios.SmallRaid, "duration", "2 min")).DurationS, 9);
    }

    [Theory]
    [InlineData("batteries.7.doctrine.salvo_size", "no item '7'")]
    [InlineData("nonsense.count", "no key 'nonsense'")]
    [InlineData("duration.seconds", "is a value")]
    public void BadPath_SaysWhereItStops(string path, string expected)
    {
        var e = Assert.Throws<ArgumentException>(() => ScenarioVariation.Apply(TestScenarios.SmallRaid, path, "1"));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }
}
