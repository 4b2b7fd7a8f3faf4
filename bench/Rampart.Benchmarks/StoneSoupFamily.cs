using System.Globalization;
using System.Text;
using MathNet.Numerics.Distributions;
using Rampart.Core.Tracking.Files;
using Rampart.Core.Tracking.Planar;

namespace Rampart.Benchmarks;

/// <summary>
/// The data family on which issue 4 gives Stone Soup's figures: 2-D, a 200 km square, 120 scans
/// 1 s apart, N targets present from scan 0 at 100–300 m/s, nearly-constant velocity with
/// q = 1 m²/s³, position measurements with σ = 50 m per axis, P_D = 0.9, Poisson clutter with mean
/// 20 per scan uniform over the square. Deterministic for a given seed.
/// </summary>
/// <remarks>
/// Assumptions where the issue is silent: starting positions uniform over the square, headings
/// uniform; the process noise is sampled from its exact discretisation per 1 s step
/// (q·[1/3 1/2; 1/2 1] per axis); targets that fly out of the square are still detected (only
/// clutter is confined to it).
/// </remarks>
public static class StoneSoupFamily
{
    public const double SideM = 200_000;
    public const int Scans = 120;
    public const double ScanPeriodS = 1;
    public const double ProcessNoise = 1;
    public const double SigmaM = 50;
    public const double DetectionProbability = 0.9;
    public const double ClutterPerScan = 20;

    /// <summary>Clutter density λ of the family, per m² per scan.</summary>
    public const double ClutterDensity = ClutterPerScan / (SideM * SideM);

    /// <summary>Generates the detections (scans in time order) and the truth at every scan.</summary>
    public static (PlanarScan[] Detections, TruthScan[] Truth) Generate(int targets, int seed)
    {
        var random = new Random(seed);
        var x = new double[targets];
        var y = new double[targets];
        var vx = new double[targets];
        var vy = new double[targets];
        for (int i = 0; i < targets; i++)
        {
            x[i] = random.NextDouble() * SideM;
            y[i] = random.NextDouble() * SideM;
            double speed = 100 + (random.NextDouble() * 200);
            double heading = random.NextDouble() * 2 * Math.PI;
            vx[i] = speed * Math.Sin(heading);
            vy[i] = speed * Math.Cos(heading);
        }

        // Exact discrete process noise per axis for dt = 1 s: Cholesky of q·[1/3 1/2; 1/2 1].
        double t = ScanPeriodS;
        double qpp = ProcessNoise * t * t * t / 3, qpv = ProcessNoise * t * t / 2, qvv = ProcessNoise * t;
        double l11 = Math.Sqrt(qpp), l21 = qpv / l11, l22 = Math.Sqrt(qvv - (l21 * l21));

        var detections = new PlanarScan[Scans];
        var truth = new TruthScan[Scans];
        for (int k = 0; k < Scans; k++)
        {
            if (k > 0)
            {
                for (int i = 0; i < targets; i++)
                {
                    Step(ref x[i], ref vx[i]);
                    Step(ref y[i], ref vy[i]);
                }
            }

            var scan = new List<PlanarDetection>(targets + 40);
            var points = new TruthPoint[targets];
            for (int i = 0; i < targets; i++)
            {
                points[i] = new TruthPoint((i + 1).ToString(CultureInfo.InvariantCulture), x[i], y[i]);
                if (random.NextDouble() < DetectionProbability)
                {
                    scan.Add(new PlanarDetection(x[i] + Normal.Sample(random, 0, SigmaM), y[i] + Normal.Sample(random, 0, SigmaM)));
                }
            }

            int clutter = Poisson.Sample(random, ClutterPerScan);
            for (int c = 0; c < clutter; c++)
            {
                scan.Add(new PlanarDetection(random.NextDouble() * SideM, random.NextDouble() * SideM));
            }

            // Shuffle so that nothing downstream can rely on targets coming first.
            var array = scan.ToArray();
            random.Shuffle(array);
            detections[k] = new PlanarScan(k * t, array);
            truth[k] = new TruthScan(k * t, points);
        }

        return (detections, truth);

        void Step(ref double p, ref double v)
        {
            double n1 = Normal.Sample(random, 0, 1), n2 = Normal.Sample(random, 0, 1);
            p += (v * t) + (l11 * n1);
            v += (l21 * n1) + (l22 * n2);
        }
    }

    /// <summary>Writes <c>detections.csv</c> and <c>truth.csv</c> (the <c>rampart track</c> formats) into <paramref name="directory"/>.</summary>
    public static void WriteCsv(string directory, int targets, int seed)
    {
        var (detections, truth) = Generate(targets, seed);
        Directory.CreateDirectory(directory);
        var c = CultureInfo.InvariantCulture;
        var d = new StringBuilder("time_s,x_m,y_m\n");
        foreach (var s in detections)
        {
            foreach (var p in s.Detections)
            {
                d.Append(c, $"{s.TimeS:R},{p.XM:R},{p.YM:R}\n");
            }
        }

        File.WriteAllText(Path.Combine(directory, "detections.csv"), d.ToString());
        var tr = new StringBuilder("time_s,truth_id,x_m,y_m\n");
        foreach (var s in truth)
        {
            foreach (var p in s.Targets)
            {
                tr.Append(c, $"{s.TimeS:R},{p.TruthId},{p.XM:R},{p.YM:R}\n");
            }
        }

        File.WriteAllText(Path.Combine(directory, "truth.csv"), tr.ToString());
    }
}
