namespace Rampart.Core.Simulation;

/// <summary>What a recorded entity is. Threat ids and interceptor ids are separate numberings.</summary>
public enum RecordedEntityKind
{
    /// <summary>A threat (truth).</summary>
    Threat,

    /// <summary>An interceptor in flight.</summary>
    Interceptor,
}
