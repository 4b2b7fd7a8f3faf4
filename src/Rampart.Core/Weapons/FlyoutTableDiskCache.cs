using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Rampart.Core.Scenario.Model;

namespace Rampart.Core.Weapons;

/// <summary>
/// Keeps built flyout tables on disk between processes, so that a table — which depends only
/// on the missile's parameters and on the flight model's code — is computed once per machine
/// rather than at every start. Thread- and process-safe (files are written under a temporary
/// name and renamed into place).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Key: SHA-256 of the flight model's version (<see cref="ModelVersion"/>), of the Rampart.Core
/// build's module version id (a new build invalidates every entry, so a change to the flight model
/// can never be hidden by an old table) and of every parameter of the spec written with round-trip
/// precision.</item>
/// <item>Folder: <c>RAMPART_CACHE_DIR</c> if set (an empty value turns the cache off), else
/// <c>$XDG_CACHE_HOME/rampart</c>, else <c>~/.cache/rampart</c>.</item>
/// <item>The table is stored as exact binary doubles, so a run gives byte-identical results with or
/// without the cache. A missing, unreadable or corrupt file is ignored and the table rebuilt;
/// a folder that cannot be written is ignored.</item>
/// </list>
/// </remarks>
internal static class FlyoutTableDiskCache
{
    private const int FormatVersion = 1;

    /// <summary>
    /// Version of the flight model the tables were flown with; part of the key, bumped whenever
    /// the model changes (2: rotating earth with J2, per-missile guidance law, autopilot lag,
    /// divert and loft schedule), so that a table from an older model is never reused even by a
    /// build whose module id happens to be reused.
    /// </summary>
    internal const int ModelVersion = 2;

    public static string? Folder { get; } = ResolveFolder();

    public static bool TryLoad(MissileSpec spec, out double[] ranges, out double[] altitudes, out double[] tof, out double[] speed)
    {
        ranges = altitudes = tof = speed = [];
        string? path = PathFor(spec);
        if (path is null || !File.Exists(path))
        {
            return false;
        }

        try
        {
            using var reader = new BinaryReader(File.OpenRead(path));
            if (reader.ReadInt32() != FormatVersion)
            {
                return false;
            }

            ranges = ReadArray(reader);
            altitudes = ReadArray(reader);
            tof = ReadArray(reader);
            speed = ReadArray(reader);
            return tof.Length == ranges.Length * altitudes.Length && speed.Length == tof.Length;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    public static void Save(MissileSpec spec, double[] ranges, double[] altitudes, double[] tof, double[] speed)
    {
        string? path = PathFor(spec);
        if (path is null)
        {
            return;
        }

        string temporary = path + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "." + Environment.CurrentManagedThreadId.ToString(CultureInfo.InvariantCulture) + ".tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var writer = new BinaryWriter(File.Create(temporary)))
            {
                writer.Write(FormatVersion);
                WriteArray(writer, ranges);
                WriteArray(writer, altitudes);
                WriteArray(writer, tof);
                WriteArray(writer, speed);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (IOException)
        {
            TryDelete(temporary);
        }
        catch (UnauthorizedAccessException)
        {
            TryDelete(temporary);
        }
    }

    /// <summary>Every parameter of the spec, with round-trip precision, in declaration order.</summary>
    internal static string Canonical(MissileSpec s)
    {
        var b = new StringBuilder();
        void Add(double v) => b.Append(v.ToString("R", CultureInfo.InvariantCulture)).Append(';');
        b.Append(s.Name).Append(';');
        foreach (double v in new[]
        {
            s.LaunchMassKg, s.PropellantMassKg, s.ThrustN, s.BurnTimeS, s.EjectionDelayS, s.DiameterM, s.MaxLateralG,
            s.MaxRangeM, s.MinRangeM, s.MinAltitudeM, s.MaxAltitudeM, s.MaxTargetSpeedMps, s.MinSpeedMps, s.MaxFlightTimeS,
            s.NavigationConstant, s.SeekerAcquisitionRangeM, s.SeekerAngleSigmaRad, s.LethalRadiusM, s.Reliability, s.SingleShotPk, s.CostUnits,
            s.AutopilotTimeConstantS, s.DivertAccelerationG, s.MinEndgameSpeedMps, s.LoftAngleRad, s.LoftMinRangeM, s.LoftFullRangeM, s.MaxNormalForceCoefficient,
        })
        {
            Add(v);
        }

        b.Append((int)s.Seeker).Append(';').Append((int)s.GuidanceLaw).Append(";mach:");
        foreach (double m in s.DragMach)
        {
            Add(m);
        }

        b.Append("cd:");
        foreach (double cd in s.DragCd)
        {
            Add(cd);
        }

        return b.ToString();
    }

    private static string? PathFor(MissileSpec spec)
    {
        if (Folder is null)
        {
            return null;
        }

        string model = typeof(FlyoutTableDiskCache).Module.ModuleVersionId.ToString("N");
        string version = ModelVersion.ToString(CultureInfo.InvariantCulture);
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(version + "|" + model + "|" + Canonical(spec)));
        return Path.Combine(Folder, "flyout", Convert.ToHexStringLower(hash) + ".bin");
    }

    private static string? ResolveFolder()
    {
        string? explicitFolder = Environment.GetEnvironmentVariable("RAMPART_CACHE_DIR");
        if (explicitFolder is not null)
        {
            return explicitFolder.Length == 0 ? null : Path.GetFullPath(explicitFolder);
        }

        string? xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (!string.IsNullOrEmpty(xdg))
        {
            return Path.Combine(xdg, "rampart");
        }

        string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".cache", "rampart");
    }

    private static double[] ReadArray(BinaryReader reader)
    {
        int n = reader.ReadInt32();
        if (n is < 0 or > 1_000_000)
        {
            throw new IOException("corrupt flyout cache entry");
        }

        var values = new double[n];
        for (int i = 0; i < n; i++)
        {
            values[i] = reader.ReadDouble();
        }

        return values;
    }

    private static void WriteArray(BinaryWriter writer, double[] values)
    {
        writer.Write(values.Length);
        foreach (double v in values)
        {
            writer.Write(v);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
