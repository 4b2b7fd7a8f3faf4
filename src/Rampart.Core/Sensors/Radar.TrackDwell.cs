using Rampart.Core.Geo;
using Rampart.Core.Kernel;

namespace Rampart.Core.Sensors;

/// <summary>
/// Track dwells of an electronically steered radar (<see cref="Scenario.Model.TrackDwellSpec"/>):
/// beams pointed on demand at the predicted positions of tracks, within a time budget that is
/// taken from search.
/// </summary>
/// <remarks>
/// Assumptions (docs/model.md): a dwell looks along one beam at the pointing direction and inside
/// a range gate of ±<see cref="DwellRangeGateM"/> about the pointed range; a target inside the
/// 3-dB beam (|Δaz|·cos el ≤ θ_az/2, |Δel| ≤ θ_el/2) and the gate is seen with the same single-look
/// SNR as in search (no beam-shape loss, no extra pulses); several targets in one dwell are
/// resolved as in search (<see cref="ResolutionMerge"/>); false alarms are drawn over the cells of
/// the gate, P_fa × 2·gate/ΔR per dwell. The dwells of one revisit interval are all made at its
/// start (their 10 ms-scale spread is ignored). The radar's time: dwells take n·t_dwell/T_revisit of
/// it, at most the budget; search gets the rest, so its frame takes ScanPeriod/(1 − that fraction).
/// </remarks>
public sealed partial class Radar
{
    /// <summary>Half-width of a track dwell's range gate, m (assumed: a few hundred range cells of the 92N6E).</summary>
    public const double DwellRangeGateM = 1_000.0;

    private double _dwellLoad;
    private SensorSite? _dwellSite;

    /// <summary>Fraction of the radar's time taken by track dwells in the current revisit interval (0 without dwells).</summary>
    public double DwellLoad => _dwellLoad;

    /// <summary>The time the next search frame takes: <see cref="Scenario.Model.RadarSpec.ScanPeriodS"/> / (1 − <see cref="DwellLoad"/>), s.</summary>
    public double SearchFrameS => Spec.ScanPeriodS / (1.0 - _dwellLoad);

    /// <summary>
    /// Makes the track dwells of one revisit interval at <paramref name="time"/>: one per pointing, in
    /// the order given (most wanted first), as many as the budget allows; the rest are not served.
    /// Appends what the dwells report; sets <see cref="DwellLoad"/>. Returns the number of dwells made. Random draws: per dwell, per
    /// target in its beam and gate as in <see cref="Scan"/>, then the Poisson false-alarm count and
    /// three uniforms per false alarm.
    /// </summary>
    /// <exception cref="InvalidOperationException">The radar has no track dwells.</exception>
    public int TrackDwells(SimTime time, ReadOnlySpan<Vec3> pointingsEcef, ReadOnlySpan<TargetTruth> targets, List<SensorReport> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var dwell = Spec.TrackDwell ?? throw new InvalidOperationException($"Radar '{Site.Name}' ({Spec.Name}) makes no track dwells.");
        int n = Math.Min(pointingsEcef.Length, dwell.MaxDwellsPerRevisit);
        _dwellLoad = n * dwell.DwellTimeS / dwell.RevisitS;
        double halfAz = 0.5 * Spec.AzimuthBeamwidthDeg * DegToRad, halfEl = 0.5 * Spec.ElevationBeamwidthDeg * DegToRad;
        for (int k = 0; k < n; k++)
        {
            Vec3 p = Site.Frame.ToEnu(pointingsEcef[k]);
            double pRange = p.Length;
            double pAz = WrapTwoPi(Math.Atan2(p.X, p.Y));
            double pEl = Math.Atan2(p.Z, Math.Sqrt((p.X * p.X) + (p.Y * p.Y)));

            // Cheap pre-test: a target in the gate and the beam is within gate + R·γ of the pointed
            // point (γ the angle off the beam axis, below 1.5·(θ_az + θ_el)/2 with room to spare);
            // only those get the full look.
            double reach = DwellRangeGateM + ((pRange + DwellRangeGateM) * 1.5 * (halfAz + halfEl));
            double reach2 = reach * reach;
            Vec3 pointEcef = pointingsEcef[k];
            int candidates = 0;
            for (int i = 0; i < targets.Length; i++)
            {
                ref readonly TargetTruth target = ref targets[i];
                if ((target.PositionEcef - pointEcef).LengthSquared > reach2
                    || target.RcsM2 <= 0.0
                    || !TryLook(target.PositionEcef, target.AltitudeM, out Vec3 enu, out double rangeM, out double azimuthRad)
                    || !InBeam(enu, rangeM, azimuthRad, pAz, pEl, pRange, halfAz, halfEl))
                {
                    continue;
                }

                LookAt(time, i, in target, enu, rangeM, azimuthRad, ref candidates);
            }

            EmitCandidates(candidates, output);
            // False alarms over the dwell's cells: the range gate × one beam.
            var gate = new SearchVolume(Math.Max(pRange - DwellRangeGateM, 0.0), pRange + DwellRangeGateM, pAz - halfAz, 2.0 * halfAz, pEl - halfEl, pEl + halfEl);
            AddFalseAlarms(time, in gate, output);
        }

        return n;
    }

    /// <summary>
    /// The site as the tracker should see a batch of track dwells: the same radar (name, index,
    /// frame), but a field of regard that holds nothing, so that a dwell that misses its track does
    /// not count against it. Assumption (docs/model.md): a missed dwell is simply tried again at
    /// the next revisit (a real radar would first search around the prediction); tracks are
    /// deleted for misses in search scans only, as without dwells. Counting dwell misses with the
    /// scan-based deletion rule (3 misses) dropped the quickstart's ballistic tracks within 0.6 s
    /// of confirmation, while the first track estimates still pointed the beam off the target.
    /// </summary>
    public SensorSite DwellSite => _dwellSite ??= Site with
    {
        ScanPeriodS = Spec.TrackDwell?.RevisitS ?? Spec.ScanPeriodS,
        FieldOfRegard = SensorSite.NothingInView,
    };

    private static bool InBeam(Vec3 enu, double rangeM, double azimuthRad, double beamAz, double beamEl, double beamRange, double halfAz, double halfEl)
    {
        if (Math.Abs(rangeM - beamRange) > DwellRangeGateM)
        {
            return false;
        }

        double el = Math.Atan2(enu.Z, Math.Sqrt((enu.X * enu.X) + (enu.Y * enu.Y)));
        double dAz = Math.Abs(WrapTwoPi(azimuthRad - beamAz + Math.PI) - Math.PI);
        return dAz * Math.Cos(beamEl) <= halfAz && Math.Abs(el - beamEl) <= halfEl;
    }
}
