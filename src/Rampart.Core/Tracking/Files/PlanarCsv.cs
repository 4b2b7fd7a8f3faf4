namespace Rampart.Core.Tracking.Files;

/// <summary>
/// Reads the standalone tracker's inputs: detections <c>time_s,x_m,y_m</c> and truth
/// <c>time_s,truth_id,x_m,y_m[,z_m]</c> (header row; one row per detection or target; rows with the
/// same time form one scan, in any order in the file; scans come out in time order).
/// Errors are <see cref="TrackFileException"/>s naming file, line and column. Stateless.
/// </summary>
public static class PlanarCsv
{
    /// <summary>The detections file's header row.</summary>
    public static readonly string[] DetectionColumns = ["time_s", "x_m", "y_m"];

    /// <summary>The truth file's header row; the last column, <c>z_m</c>, is optional.</summary>
    public static readonly string[] TruthColumns = ["time_s", "truth_id", "x_m", "y_m", "z_m"];

    /// <summary>Reads a detections file into scans ordered by time.</summary>
    public static IReadOnlyList<PlanarScan> ReadDetections(TextReader reader, string path)
    {
        var table = CsvTable.Open(reader, path, DetectionColumns);
        var byTime = new SortedDictionary<double, List<Planar.PlanarDetection>>();
        while (table.Next())
        {
            double t = table.Number(0, "seconds");
            double x = table.Number(1, "metres");
            double y = table.Number(2, "metres");
            if (!byTime.TryGetValue(t, out var list))
            {
                byTime[t] = list = [];
            }

            list.Add(new Planar.PlanarDetection(x, y));
        }

        return [.. byTime.Select(kv => new PlanarScan(kv.Key, [.. kv.Value]))];
    }

    /// <summary>Reads a truth file into scans ordered by time; a target may appear once per time.</summary>
    public static IReadOnlyList<TruthScan> ReadTruth(TextReader reader, string path)
    {
        var table = CsvTable.Open(reader, path, TruthColumns, required: 4);
        var byTime = new SortedDictionary<double, List<TruthPoint>>();
        var seen = new HashSet<(double, string)>();
        while (table.Next())
        {
            double t = table.Number(0, "seconds");
            string id = table.Text(1);
            if (id.Length == 0)
            {
                throw table.Error(1, "a target identifier (truth_id)", "");
            }

            if (!seen.Add((t, id)))
            {
                throw table.Error(1, $"each truth_id once per time (time {t.ToString(System.Globalization.CultureInfo.InvariantCulture)} s)", id);
            }

            double x = table.Number(2, "metres");
            double y = table.Number(3, "metres");
            double z = table.ColumnCount > 4 ? table.Number(4, "metres") : 0;
            if (!byTime.TryGetValue(t, out var list))
            {
                byTime[t] = list = [];
            }

            list.Add(new TruthPoint(id, x, y, z));
        }

        return [.. byTime.Select(kv => new TruthScan(kv.Key, [.. kv.Value]))];
    }
}
