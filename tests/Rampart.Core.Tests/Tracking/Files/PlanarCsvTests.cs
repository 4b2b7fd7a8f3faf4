using Rampart.Core.Tracking.Files;

namespace Rampart.Core.Tests.Tracking.Files;

public class PlanarCsvTests
{
    private static TrackFileException ReadError(string text) =>
        Assert.Throws<TrackFileException>(() => PlanarCsv.ReadDetections(new StringReader(text), "d.csv"));

    [Fact]
    public void Detections_AreGroupedIntoScansByTime_InTimeOrder()
    {
        var scans = PlanarCsv.ReadDetections(new StringReader("time_s,x_m,y_m\n1,10,20\n0,1,2\n1,30,40\n\n"), "d.csv");
        Assert.Equal([0.0, 1.0], scans.Select(s => s.TimeS));
        Assert.Equal(2, scans[1].Detections.Length);
        Assert.Equal(30, scans[1].Detections[1].XM);
    }

    [Fact]
    public void BadNumber_IsReportedWithLineColumnExpectedAndFound()
    {
        TrackFileException e = ReadError("time_s,x_m,y_m\n0,1,2\n1,abc,3\n");
        Assert.Equal(3, e.Line);
        Assert.Equal(3, e.Column);
        Assert.Equal("d.csv:3:3: error: expected a finite number (x_m, metres), found 'abc'", e.Message);
    }

    [Fact]
    public void MissingField_IsReportedAtTheEndOfTheLine()
    {
        TrackFileException e = ReadError("time_s,x_m,y_m\n0,1\n");
        Assert.Equal(2, e.Line);
        Assert.Equal(4, e.Column);
        Assert.Contains("found the end of the line", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExtraField_IsReportedWhereItStarts()
    {
        TrackFileException e = ReadError("time_s,x_m,y_m\n0,1,2,9\n");
        Assert.Equal(2, e.Line);
        Assert.Equal(7, e.Column);
        Assert.Equal("9", e.Found);
    }

    [Fact]
    public void WrongHeader_IsReportedOnLineOne()
    {
        TrackFileException e = ReadError("time,x_m,y_m\n0,1,2\n");
        Assert.Equal(1, e.Line);
        Assert.Equal(1, e.Column);
        Assert.Equal("time", e.Found);
        Assert.Equal(1, ReadError("").Line);
    }

    [Fact]
    public void Truth_RejectsATargetTwiceAtOneTime()
    {
        var e = Assert.Throws<TrackFileException>(() =>
            PlanarCsv.ReadTruth(new StringReader("time_s,truth_id,x_m,y_m\n0,a,1,2\n0,a,3,4\n"), "t.csv"));
        Assert.Equal(3, e.Line);
        Assert.Equal(3, e.Column);
    }
}
