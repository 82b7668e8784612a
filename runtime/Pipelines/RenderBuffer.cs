using System;

namespace EcsForge.Pipelines;

/// <summary>
/// Collects what a template outputs and turns it into one value as the platform's native rendering does: a single
/// non-text output is that value; otherwise the texts are joined and read as a Python literal when they are one
/// (<c>"42"</c> is 42, <c>"['a']"</c> a list), else kept as text.
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
            var only = _chunks[0];
            return only.Kind == ValueKind.String ? PythonLiteral.Evaluate(_arena, only) : only;
        }

        var start = _arena.BeginString();
        for (var i = 0; i < _count; i++)
        {
            Ops.AppendText(_arena, _chunks[i]);
        }

        return PythonLiteral.Evaluate(_arena, _arena.EndString(start));
    }
}
