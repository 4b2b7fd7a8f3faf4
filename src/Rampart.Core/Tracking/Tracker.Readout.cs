using Rampart.Core.Geo;
using Rampart.Core.Kernel;
using Rampart.Core.Tracking.Metrics;

namespace Rampart.Core.Tracking;

/// <summary>A track's estimate predicted to a time, with its position covariance (tracker ENU, m, m/s and m²).</summary>
internal readonly record struct TrackPositionReadout(int TrackId, bool Confirmed, Vec3 Position, Vec3 Velocity, PositionCovariance Covariance);

/// <summary>Reading the tracks' full position estimates out, for scoring (output only).</summary>
public sealed partial class Tracker
{
    /// <summary>
    /// Appends to <paramref name="output"/> (after clearing it) every track's position and
    /// position covariance predicted to <paramref name="time"/> by the same filter prediction as
    /// <see cref="Predict"/>, in increasing id order. Works on copies: does not change the tracker.
    /// </summary>
    internal void PredictPositions(SimTime time, List<TrackPositionReadout> output)
    {
        output.Clear();
        for (int i = 0; i < _trackCount; i++)
        {
            TrackRecord copy = _tracks[i];
            if (_motionFilter is not null)
            {
                Motion.MotionState motion = _motion[i];
                _motionFilter.Predict(ref motion, time - copy.Time, out copy.State);
            }
            else
            {
                _filter.Predict(ref copy.State, time - copy.Time);
            }

            SymmetricMatrix3 p = copy.State.PositionCovariance;
            output.Add(new TrackPositionReadout(copy.Id, copy.Status.Confirmed, copy.State.Position, copy.State.Velocity, new PositionCovariance(p.Xx, p.Xy, p.Xz, p.Yy, p.Yz, p.Zz)));
        }
    }
}
