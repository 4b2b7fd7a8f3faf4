using Rampart.Analysis.Plots;

namespace Rampart.Analysis.Tests.Plots;

public sealed class RunPlotsTests
{
    /// <summary>The eight bytes every PNG file starts with (PNG specification, section 5.2).</summary>
    private static readonly byte[] PngSignature = [137, 80, 78, 71, 13, 10, 26, 10];

    [Fact]
    public void MapAltitudeAndTimeline_ArePngImages_OfTheStatedSize()
    {
        foreach (var write in new Action<Stream>[]
        {
            s => MapPlot.Write(s, RecordedRun.Scenario, RecordedRun.Recording, RecordedRun.Stamp),
            s => AltitudePlot.Write(s, RecordedRun.Scenario, RecordedRun.Recording, RecordedRun.Stamp),
            s => TimelinePlot.Write(s, RecordedRun.Scenario, RecordedRun.Recording, RecordedRun.Stamp),
        })
        {
            using var stream = new MemoryStream();
            write(stream);
            byte[] png = stream.ToArray();
            Assert.Equal(PngSignature, png[..8]);
            // IHDR: width and height as big-endian 32-bit integers at bytes 16..23.
            Assert.Equal(PlotStamp.Width, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
            Assert.Equal(PlotStamp.Height, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
        }
    }
}
