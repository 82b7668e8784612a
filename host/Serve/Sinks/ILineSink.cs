using System;

namespace EcsForge.Host.Serve.Sinks;

/// <summary>
/// Where NDJSON lines go, written in units: <see cref="Begin"/> takes the sink for one writer, <see cref="Write"/>
/// adds lines, <see cref="Flush"/> hands them to the operating system (or the disk, with fsync durability), and on
/// any failure <see cref="RollBack"/> removes every line of the unit, so a unit is in the sink whole or not at all.
/// <see cref="End"/> always follows a successful <see cref="Begin"/>, on the same thread.
/// </summary>
public interface ILineSink : IDisposable
{
    string Name { get; }

    /// <summary>Takes the sink for one unit of about <paramref name="bytes"/>; a file may rotate or reopen first.</summary>
    void Begin(long bytes);

    /// <param name="lines">Complete lines, each ending with '\n'.</param>
    void Write(ReadOnlySpan<byte> lines);

    /// <summary>Makes the unit's lines as durable as configured; they are acknowledged after this.</summary>
    void Flush();

    /// <summary>Removes what the unit wrote (a file is truncated back to where it started).</summary>
    void RollBack();

    /// <summary>Releases the sink to the next writer.</summary>
    void End();
}
