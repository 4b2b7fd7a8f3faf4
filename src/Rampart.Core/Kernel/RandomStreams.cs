using System.Text;
using MathNet.Numerics.Random;

namespace Rampart.Core.Kernel;

/// <summary>
/// Seeded random streams. Each replication of a scenario gets a seed derived from (root seed,
/// replication index); each component gets its own stream derived from (replication seed,
/// the component's stable name), so adding a radar or reordering a file does not change what a
/// missile draws, and two scenarios run on the same seeds share their random numbers.
/// </summary>
/// <remarks>
/// Implementation note: names are hashed with FNV-1a over UTF-8 and mixed with SplitMix64;
/// the generator is MathNet's xoshiro256** seeded from the mixed value. Both are fixed,
/// platform-independent algorithms (string.GetHashCode is randomised per process, so it is not
/// used).
/// </remarks>
public sealed class RandomStreams
{
    public RandomStreams(ulong rootSeed, int replication)
    {
        RootSeed = rootSeed;
        Replication = replication;
        ReplicationSeed = SplitMix64(rootSeed ^ SplitMix64((ulong)replication + 0x9E3779B97F4A7C15UL));
    }

    public ulong RootSeed { get; }

    public int Replication { get; }

    /// <summary>The seed of this replication, derived from the root seed and the replication index.</summary>
    public ulong ReplicationSeed { get; }

    /// <summary>
    /// A fresh generator for the component with this stable name (for example
    /// <c>radar:91N6E-1</c> or <c>threat:cm-3</c>). The same name always gives the same sequence.
    /// </summary>
    public Random For(string componentName)
    {
        ulong mixed = SplitMix64(ReplicationSeed ^ Fnv1a(componentName));
        // xoshiro256** in MathNet takes a 32-bit seed; fold the 64-bit value.
        int seed = (int)(mixed ^ (mixed >> 32));
        return new Xoshiro256StarStar(seed, threadSafe: false);
    }

    internal static ulong Fnv1a(string text)
    {
        ulong hash = 14695981039346656037UL;
        foreach (byte b in Encoding.UTF8.GetBytes(text))
        {
            hash ^= b;
            hash *= 1099511628211UL;
        }

        return hash;
    }

    internal static ulong SplitMix64(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
