using Rampart.Core.Kernel;

namespace Rampart.Core.Tests.Kernel;

public class SchedulerTests
{
    [Fact]
    public void Scheduler_RunsActions_InTimeThenPhaseThenSequenceOrder()
    {
        var s = new Scheduler();
        var order = new List<string>();
        s.Schedule(new SimTime(2), SimPhase.Kinematics, () => order.Add("t2-kin"));
        s.Schedule(new SimTime(1), SimPhase.Command, () => order.Add("t1-cmd-a"));
        s.Schedule(new SimTime(1), SimPhase.Sensing, () => order.Add("t1-sense"));
        s.Schedule(new SimTime(1), SimPhase.Command, () => order.Add("t1-cmd-b"));
        s.Schedule(new SimTime(0.5), SimPhase.Launch, () => order.Add("t0.5-launch"));

        s.RunUntil(new SimTime(10));

        Assert.Equal(["t0.5-launch", "t1-sense", "t1-cmd-a", "t1-cmd-b", "t2-kin"], order);
    }

    [Fact]
    public void Scheduler_StopsAtEndTime_AndLeavesLaterActionsPending()
    {
        var s = new Scheduler();
        int ran = 0;
        s.Schedule(new SimTime(1), SimPhase.Kinematics, () => ran++);
        s.Schedule(new SimTime(5), SimPhase.Kinematics, () => ran++);

        s.RunUntil(new SimTime(3));

        Assert.Equal(1, ran);
        Assert.Equal(1, s.Pending);
        Assert.Equal(3.0, s.Now.Seconds);
    }

    [Fact]
    public void Scheduler_ActionScheduledFromAnAction_RunsAtItsTime()
    {
        var s = new Scheduler();
        var times = new List<double>();
        void Tick()
        {
            times.Add(s.Now.Seconds);
            if (s.Now.Seconds < 3)
            {
                s.Schedule(s.Now + 1, SimPhase.Sensing, Tick);
            }
        }

        s.Schedule(new SimTime(1), SimPhase.Sensing, Tick);
        s.RunUntil(new SimTime(100));

        Assert.Equal([1.0, 2.0, 3.0], times);
    }
}
