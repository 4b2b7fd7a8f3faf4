using System.Buffers;

namespace Rampart.Core.Sensors;

/// <summary>
/// Unresolved targets: two targets closer than one resolution cell — within the range resolution
/// in range AND within one beamwidth in azimuth AND in elevation — give one detection, not two.
/// Stateless and thread-safe.
/// </summary>
/// <remarks>
/// Assumptions (docs/model.md): the test uses the targets' true range and angles; of an unresolved
/// pair the detection with the higher SNR is kept as it was measured (the weaker echo is dropped;
/// no power-weighted centroid, no SNR gain from the two echoes adding, no monopulse "glint"
/// between them); pairs are examined nearest first and a target already dropped does not drop
/// others, so the outcome does not depend on the order of the targets.
/// </remarks>
internal static class ResolutionMerge
{
    /// <summary>
    /// Drops the weaker of every unresolved pair among the first <paramref name="count"/>
    /// candidates and compacts the survivors at the front in their original order; returns how many survive.
    /// </summary>
    public static int Merge(Radar.Candidate[] candidates, int count, double rangeResolutionM, double azimuthBeamwidthRad, double elevationBeamwidthRad)
    {
        if (count < 2)
        {
            return count;
        }

        int[] order = ArrayPool<int>.Shared.Rent(count);
        bool[] dropped = ArrayPool<bool>.Shared.Rent(count);
        double[] keys = ArrayPool<double>.Shared.Rent(count);
        try
        {
            for (int i = 0; i < count; i++)
            {
                order[i] = i;
                dropped[i] = false;
                keys[i] = candidates[i].RangeM;
            }

            // Nearest first (ties by target order), then a sweep over the pairs within one range cell.
            // Sorted on a key array (no comparer calls copying candidates), then runs of equal ranges
            // put back in target order, which is what Radar.Candidate.ByRange would give.
            Array.Sort(keys, order, 0, count);
            for (int x = 1; x < count; x++)
            {
                int y = x;
                while (y > 0 && keys[y - 1] == keys[y] && candidates[order[y - 1]].Order > candidates[order[y]].Order)
                {
                    (order[y - 1], order[y]) = (order[y], order[y - 1]);
                    y--;
                }
            }

            bool any = false;
            for (int x = 0; x < count; x++)
            {
                int i = order[x];
                if (dropped[i])
                {
                    continue;
                }

                ref readonly var a = ref candidates[i];
                for (int y = x + 1; y < count; y++)
                {
                    int j = order[y];
                    ref readonly var b = ref candidates[j];
                    if (b.RangeM - a.RangeM >= rangeResolutionM)
                    {
                        break;
                    }

                    if (dropped[j] || !SameBeam(a, b, azimuthBeamwidthRad, elevationBeamwidthRad))
                    {
                        continue;
                    }

                    any = true;
                    bool keepA = a.Snr > b.Snr || (a.Snr == b.Snr && a.Order < b.Order);
                    if (keepA)
                    {
                        dropped[j] = true;
                    }
                    else
                    {
                        dropped[i] = true;
                        break;
                    }
                }
            }

            if (!any)
            {
                return count;
            }

            int kept = 0;
            for (int i = 0; i < count; i++)
            {
                if (!dropped[i])
                {
                    candidates[kept++] = candidates[i];
                }
            }

            return kept;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(order);
            ArrayPool<bool>.Shared.Return(dropped);
            ArrayPool<double>.Shared.Return(keys);
        }
    }

    private static bool SameBeam(in Radar.Candidate a, in Radar.Candidate b, double azimuthBeamwidthRad, double elevationBeamwidthRad)
    {
        double dAz = Math.Abs(a.AzimuthRad - b.AzimuthRad);
        dAz = Math.Min(dAz, (2.0 * Math.PI) - dAz);
        return dAz < azimuthBeamwidthRad && Math.Abs(a.ElevationRad - b.ElevationRad) < elevationBeamwidthRad;
    }
}
