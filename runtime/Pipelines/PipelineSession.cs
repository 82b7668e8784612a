using System;

namespace EcsForge.Pipelines;

/// <summary>The reusable state of pipeline datasets on one parsing thread: values, the event being built, the render buffer.</summary>
public sealed class PipelineSession
{
    [ThreadStatic]
    private static PipelineSession? t_current;

    /// <summary>
    /// The calling thread's session: a parse runs on one thread from start to end, so its values never cross
    /// threads, and a thread that never parses a pipeline dataset never creates one.
    /// </summary>
    public static PipelineSession ForCurrentThread => t_current ??= new PipelineSession();

    public PipelineSession()
    {
        Arena = new ValueArena();
        Fields = new EventFields(Arena);
        Render = new RenderBuffer(Arena);
    }

    public ValueArena Arena { get; }

    public EventFields Fields { get; }

    public RenderBuffer Render { get; }

    /// <summary>The state of the grok stages' compiled matchers (<c>[ParseGrok]</c>), reused from event to event.</summary>
    public EcsForge.Patterns.PatternState Patterns { get; } = new();

    /// <summary>Starts an event: everything the previous one computed is forgotten.</summary>
    public void Begin(string[]? ignoredValues = null)
    {
        Arena.Reset();
        Fields.Reset(ignoredValues);
        Render.Clear();
    }
}
