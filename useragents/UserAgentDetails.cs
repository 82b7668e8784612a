using System.Text.Encodings.Web;
using System.Text.Json;

namespace EcsForge.UserAgents;

/// <summary>
/// A user agent or operating system as ua-parser names it: a family (<c>Other</c> when unknown) and version parts;
/// only operating systems have a patch minor.
/// </summary>
public sealed record UapVersioned(string Family, string? Major, string? Minor, string? Patch, string? PatchMinor);

/// <summary>A device as ua-parser names it: a family (<c>Other</c> when unknown), brand and model.</summary>
public sealed record UapDevice(string Family, string? Brand, string? Model);

/// <summary>
/// What a user-agent string says, and the ECS fields inferred from it, encoded once so writing them per event is a copy.
/// Values equal to <c>Other</c> are left out of the ECS fields.
/// </summary>
public sealed class UserAgentDetails
{
    public const string Other = "Other";

    public UserAgentDetails(UapVersioned agent, UapVersioned operatingSystem, UapDevice device)
    {
        Agent = agent;
        OperatingSystem = operatingSystem;
        Device = device;
        Name = Encode(agent.Family == Other ? null : agent.Family);
        Version = Encode(agent.Family == Other ? null : JoinVersion(agent.Major, agent.Minor, agent.Patch, null));
        OperatingSystemName = Encode(operatingSystem.Family == Other ? null : operatingSystem.Family);
        OperatingSystemVersion = Encode(operatingSystem.Family == Other ? null : JoinVersion(operatingSystem.Major, operatingSystem.Minor, operatingSystem.Patch, operatingSystem.PatchMinor));
        DeviceName = Encode(device.Family == Other ? null : device.Family);
    }

    public UapVersioned Agent { get; }

    public UapVersioned OperatingSystem { get; }

    public UapDevice Device { get; }

    /// <summary><c>user_agent.name</c>.</summary>
    public JsonEncodedText? Name { get; }

    /// <summary><c>user_agent.version</c>: major.minor.patch, as far as they are known.</summary>
    public JsonEncodedText? Version { get; }

    /// <summary><c>user_agent.os.name</c>.</summary>
    public JsonEncodedText? OperatingSystemName { get; }

    /// <summary><c>user_agent.os.version</c>: major.minor.patch.patch_minor, as far as they are known (as Elasticsearch joins them).</summary>
    public JsonEncodedText? OperatingSystemVersion { get; }

    /// <summary><c>user_agent.device.name</c>.</summary>
    public JsonEncodedText? DeviceName { get; }

    private static string? JoinVersion(string? major, string? minor, string? patch, string? patchMinor)
    {
        if (major is null)
        {
            return null;
        }

        if (minor is null)
        {
            return major;
        }

        if (patch is null)
        {
            return major + "." + minor;
        }

        return patchMinor is null ? major + "." + minor + "." + patch : major + "." + minor + "." + patch + "." + patchMinor;
    }

    // The event writer's encoder, so a pre-encoded value reads exactly as the writer would have written it.
    private static JsonEncodedText? Encode(string? value) => value is null ? null : JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
}
