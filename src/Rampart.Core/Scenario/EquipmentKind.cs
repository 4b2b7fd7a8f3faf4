namespace Rampart.Core.Scenario;

/// <summary>The kinds of item in the equipment library; an equipment file's <c>kind</c>.</summary>
internal enum EquipmentKind
{
    Radar,
    Launcher,
    Missile,
    Threat,
}
