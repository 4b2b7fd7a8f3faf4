using Rampart.Core.Geo;
using Rampart.Core.Kernel;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Tracking;

namespace Rampart.Core.BattleManagement;

/// <summary>
/// Proximity-based threat evaluation (Roux &amp; van Vuuren 2007, the "proximity parameters"):
/// for each track and each defended asset, the closest point of approach (CPA) of the track's
/// straight-line extrapolation and the time to it. The priority of a track against an asset is
/// <c>value × exp(−max(0, CPA − radius) / L) ÷ (t_CPA + τ)</c>; the track's priority is its
/// highest over the assets.
/// </summary>
/// <remarks>
/// Assumptions (see docs/model.md): straight-line extrapolation (a ballistic track's curvature
/// and a manoeuvring aircraft's turn are ignored over the horizon of the prediction); every
/// track is hostile (no IFF in this model yet); L = 10 km and τ = 10 s are scale constants of
/// the rule, not published values. A track is "threatening" when its CPA falls within the asset
/// radius plus a 2 km margin; a non-threatening track still gets a (low) priority, so it is
/// engaged when channels are free.
/// </remarks>
public sealed class ProximityThreatEvaluator : IThreatEvaluator
{
    private const double ProximityScaleM = 10_000.0;
    private const double TimeOffsetS = 10.0;
    private const double ThreatMarginM = 2_000.0;

    private readonly EnuFrame _frame;
    private readonly (DefendedAsset Asset, Vec3 Ecef)[] _assets;

    public ProximityThreatEvaluator(EnuFrame trackerFrame, IReadOnlyList<DefendedAsset> assets)
    {
        ArgumentNullException.ThrowIfNull(assets);
        _frame = trackerFrame;
        _assets = assets.Select(a => (a, Wgs84.ToEcef(a.Position))).ToArray();
    }

    public void Evaluate(SimTime now, IReadOnlyList<Track> tracks, List<ThreatAssessment> output)
    {
        ArgumentNullException.ThrowIfNull(tracks);
        ArgumentNullException.ThrowIfNull(output);
        output.Clear();
        foreach (var track in tracks)
        {
            double dt = now - track.Time;
            Vec3 p = _frame.ToEcef(track.Position + (track.Velocity * dt));
            Vec3 v = _frame.RotateToEcef(track.Velocity);
            output.Add(Assess(track.Id, p, v));
        }

        output.Sort(static (a, b) =>
        {
            int c = b.Priority.CompareTo(a.Priority);
            return c != 0 ? c : a.TrackId.CompareTo(b.TrackId);
        });
    }

    /// <summary>Assesses one track given its ECEF position and velocity now.</summary>
    public ThreatAssessment Assess(int trackId, Vec3 positionEcef, Vec3 velocityEcef)
    {
        double speed = velocityEcef.Length;
        double altitude = Wgs84.GeocentricHeight(positionEcef);
        var believed = KinematicClassifier.Classify(positionEcef, velocityEcef, altitude);
        ThreatAssessment best = default;
        bool first = true;
        foreach (var (asset, assetEcef) in _assets)
        {
            var (cpa, tCpa) = ClosestApproach(positionEcef - assetEcef, velocityEcef);
            double proximity = Math.Exp(-Math.Max(0.0, cpa - asset.RadiusM) / ProximityScaleM);
            double priority = asset.Value * proximity / (tCpa + TimeOffsetS);
            if (first || priority > best.Priority)
            {
                first = false;
                best = new ThreatAssessment(trackId, priority, asset.Name, asset.Value, cpa, tCpa,
                    cpa <= asset.RadiusM + ThreatMarginM, speed, altitude, believed);
            }
        }

        return best;
    }

    /// <summary>
    /// Closest approach of a point at relative position <paramref name="relative"/> moving at
    /// <paramref name="velocity"/> to the origin, looking forward in time only.
    /// </summary>
    public static (double DistanceM, double TimeS) ClosestApproach(Vec3 relative, Vec3 velocity)
    {
        double v2 = velocity.LengthSquared;
        if (v2 < 1e-6)
        {
            return (relative.Length, 0.0);
        }

        double t = Math.Max(0.0, -Vec3.Dot(relative, velocity) / v2);
        return ((relative + (velocity * t)).Length, t);
    }
}
