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

    private Value _envelope;
    private Value _original;

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
        _envelope = Value.Absent;
        _original = Value.Absent;
    }

    /// <summary>
    /// Takes the envelope the event arrived with (its fields besides the message, UTF-8 JSON; empty for none): the
    /// event starts with its fields, and <c>original.x</c> reads them.
    /// </summary>
    public void Receive(ReadOnlySpan<byte> envelope)
    {
        if (envelope.IsEmpty)
        {
            return;
        }

        _envelope = Arena.ParseJson(envelope);
        if (_envelope.Kind == ValueKind.Dict)
        {
            Fields.SetReceived(_envelope);
        }
    }

    /// <summary>
    /// <c>original</c> read whole: the envelope's members and <c>message</c>, built on first use in the event (Postfix's
    /// <c>original.get('log', {})</c>).
    /// </summary>
    public Value Original(in Value message)
    {
        if (_original.IsAbsent)
        {
            var members = _envelope.Kind == ValueKind.Dict ? Arena.Count(_envelope) : 0;
            _original = Arena.NewDict(members + 1);
            for (var i = 0; i < members; i++)
            {
                Arena.AddMember(_original, Arena.Key(_envelope, i), Arena.Item(_envelope, i));
            }

            Arena.SetMember(_original, Arena.String("message"), message);
        }

        return _original;
    }
}
