using System.Globalization;
using Rampart.Core.Events;

namespace Rampart.Analysis.Plots;

/// <summary>The line every plot carries so a picture can be traced to its inputs.</summary>
internal static class PlotStamp
{
    /// <summary>Pixel size of the PNGs: readable on a slide.</summary>
    public const int Width = 1200, Height = 800;

    /// <summary>"Rampart 0.1.0 · scenario sha256 1a2b3c4d5e6f · seed 42" (the hash shortened to 12 hex digits).</summary>
    public static string Text(RunStamp stamp) => string.Create(CultureInfo.InvariantCulture,
        $"Rampart {stamp.RampartVersion} · scenario sha256 {stamp.ScenarioHash[..Math.Min(12, stamp.ScenarioHash.Length)]} · seed {stamp.Seed}");

    /// <summary>Renders the plot as a PNG of <see cref="Width"/> × <see cref="Height"/> pixels into <paramref name="stream"/>.</summary>
    public static void Save(ScottPlot.Plot plot, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(plot.GetImageBytes(Width, Height, ScottPlot.ImageFormat.Png));
    }

    /// <summary>A two-line title: what the plot shows, then the stamp.</summary>
    public static string Title(string what, RunStamp stamp) => what + "\n" + Text(stamp);
}
