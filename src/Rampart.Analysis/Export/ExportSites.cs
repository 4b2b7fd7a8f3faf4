using Rampart.Core.Geo;
using Rampart.Core.Scenario.Model;

namespace Rampart.Analysis.Export;

/// <summary>A fixed place shown in an export: a command post, radar, launcher or defended asset.</summary>
/// <param name="Id">Stable identifier (kind and name).</param>
/// <param name="Name">The name the scenario gives it.</param>
/// <param name="Kind">command_post, search_radar, engagement_radar, launcher or asset.</param>
internal readonly record struct ExportSite(string Id, string Name, string Kind, GeodeticPosition Position);

internal static class ExportSites
{
    /// <summary>Every site and asset of the scenario in declaration order.</summary>
    public static List<ExportSite> Of(ScenarioModel scenario)
    {
        var sites = new List<ExportSite>();
        foreach (var b in scenario.Batteries)
        {
            sites.Add(Site("command_post", b.CommandPost.Name, b.CommandPost.Position));
            sites.AddRange(b.SearchRadars.Select(r => Site("search_radar", r.Name, r.Position)));
            foreach (var u in b.FireUnits)
            {
                sites.Add(Site("engagement_radar", u.EngagementRadar.Name, u.EngagementRadar.Position));
                sites.AddRange(u.Launchers.Select(l => Site("launcher", l.Name, l.Position)));
            }
        }

        sites.AddRange(scenario.Assets.Select(a => Site("asset", a.Name, a.Position)));
        return sites;
    }

    private static ExportSite Site(string kind, string name, GeodeticPosition p) => new(kind + ":" + name, name, kind, p);
}
