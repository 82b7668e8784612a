using System;

namespace EcsForge.Pipelines;

/// <summary>
/// Collects what a template outputs and turns it into one value as the platform renders it: a single output is that
/// value, several are joined as text; text that is a Python list or dict literal becomes that list or dict (Trellix's
/// constant "['info']", Sophos's '["MTR","MTRE"]', AWS GuardDuty's rendered lists), other text stays text ("False",
/// "457215664" and a quoted "\"C:\\x\"" stay as written: Sophos, Pradeo, Stormshield).
/// </summary>
public sealed class RenderBuffer
{
    private readonly ValueArena _arena;
    private Value[] _chunks = new Value[16];
    private int _count;
    private bool _failed;

    public RenderBuffer(ValueArena arena)
    {
        _arena = arena;
    }

    public void Clear()
    {
        _count = 0;
        _failed = false;
    }

    public void Add(in Value chunk)
    {
        if (chunk.IsError)
        {
            _failed = true;
            return;
        }

        if (_count == _chunks.Length)
        {
            Array.Resize(ref _chunks, _count * 2);
        }

        _chunks[_count++] = chunk;
    }

    /// <summary>A template of one <c>{{ expression }}</c>: what <see cref="Finish"/> gives for that one output, without the buffer.</summary>
    public static Value Single(ValueArena arena, in Value value)
        => value.Kind == ValueKind.String ? PythonLiteral.EvaluateContainer(arena, value) : value;

    public Value Finish()
    {
        if (_failed)
        {
            return Value.Error;
        }

        if (_count == 0)
        {
            return Value.None;
        }

        if (_count == 1)
        {
            return Single(_arena, _chunks[0]);
        }

        var start = _arena.BeginString();
        for (var i = 0; i < _count; i++)
        {
            Ops.AppendText(_arena, _chunks[i]);
        }

        return PythonLiteral.EvaluateContainer(_arena, _arena.EndString(start));
    }
}
