using System.Globalization;
using System.Runtime.CompilerServices;
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

    /// <summary>Chars of a joined version kept on the stack: versions are a few digits per part.</summary>
    private const int JoinedChars = 64;

    public UserAgentDetails(UapVersioned agent, UapVersioned operatingSystem, UapDevice device)
    {
        Agent = agent;
        OperatingSystem = operatingSystem;
        Device = device;
        Name = Encode(agent.Family == Other ? null : agent.Family);
        Version = agent.Family == Other ? null : EncodeVersion(agent.Major, agent.Minor, agent.Patch, null);
        OperatingSystemName = Encode(operatingSystem.Family == Other ? null : operatingSystem.Family);
        OperatingSystemVersion = operatingSystem.Family == Other ? null : EncodeVersion(operatingSystem.Major, operatingSystem.Minor, operatingSystem.Patch, operatingSystem.PatchMinor);
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

    /// <summary>
    /// The parts joined with dots up to the first unknown one, encoded from a buffer on the stack (pooled if long), so
    /// the joined text is not allocated as a string of its own before being encoded.
    /// </summary>
    private static JsonEncodedText? EncodeVersion(string? major, string? minor, string? patch, string? patchMinor)
    {
        if (major is null)
        {
            return null;
        }

        var joined = new DefaultInterpolatedStringHandler(0, 0, CultureInfo.InvariantCulture, stackalloc char[JoinedChars]);
        joined.AppendFormatted(major);
        var known = minor is not null;
        AppendIf(ref joined, known, minor);
        known &= patch is not null;
        AppendIf(ref joined, known, patch);
        known &= patchMinor is not null;
        AppendIf(ref joined, known, patchMinor);
        var encoded = JsonEncodedText.Encode(joined.Text, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        joined.Clear();
        return encoded;
    }

    private static void AppendIf(ref DefaultInterpolatedStringHandler joined, bool known, string? part)
    {
        if (known)
        {
            joined.AppendFormatted('.');
            joined.AppendFormatted(part);
        }
    }

    // The event writer's encoder, so a pre-encoded value reads exactly as the writer would have written it.
    private static JsonEncodedText? Encode(string? value) => value is null ? null : JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
}
