using System.Text.Json;

namespace Rampart.Core.Tracking.Metrics;

/// <summary>
/// Writes a <see cref="TrackScore"/> as JSON properties (SI units, fixed key order), shared by
/// <c>rampart track</c>'s metrics.json and <c>rampart run --metrics</c>. Stateless.
/// </summary>
public static class TrackScoreJson
{
    /// <summary>Writes the score's properties into the object <paramref name="w"/> is inside.</summary>
    public static void WriteProperties(Utf8JsonWriter w, TrackScore score, TrackScoringSettings settings)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(settings);
        w.WriteNumber("gospa_mean", score.GospaMean);
        w.WriteNumber("gospa_localisation_mean", score.GospaLocalisationMean);
        w.WriteNumber("gospa_missed_mean", score.GospaMissedMean);
        w.WriteNumber("gospa_false_mean", score.GospaFalseMean);
        w.WriteNumber("gospa_c", settings.GospaCutoffM);
        w.WriteNumber("gospa_p", settings.GospaOrder);
        w.WriteNumber("ospa_mean", score.OspaMean);
        w.WriteNumber("association_gate_m", settings.AssociationGateM);
        w.WriteNumber("completeness", score.Completeness);
        w.WriteNumber("ambiguity", score.Ambiguity);
        w.WriteNumber("spuriousness", score.Spuriousness);
        WriteNullable(w, "position_error_mean_m", score.PositionErrorMeanM);
        w.WriteNumber("track_breaks", score.TrackBreaks);
        w.WriteNumber("track_number_change_rate_per_s", score.TrackNumberChangeRatePerS);
        w.WriteNumber("longest_track_segment", score.LongestTrackSegment);
        WriteNullable(w, "nees_mean", score.NeesMean);
        w.WriteNumber("nees_samples", score.NeesSamples);
        w.WriteNumber("steps", score.Steps);
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, double? value)
    {
        if (value is double v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
