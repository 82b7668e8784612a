using System;

namespace EcsForge.Pipelines;

/// <summary>
/// The event a pipeline builds (the platform's <c>final</c>): dotted field paths with their values and the shape
/// each is written with. Later expressions read it back (<c>final.x</c>); it is written once, nested, at the end.
/// </summary>
public sealed partial class EventFields
{
    private Entry[] _entries = new Entry[64];
    private int _count;
    private string[]? _ignoredValues;
    private readonly FieldPaths _paths = new();

    private struct Entry
    {
        public string Path;
        public Value Value;
        public FieldShape Shape;
    }

    internal ValueArena Arena { get; }

    public EventFields(ValueArena arena)
    {
        Arena = arena;
    }

    public int Count => _count;

    /// <summary>Starts an event; <paramref name="ignoredValues"/> are texts the dataset never writes.</summary>
    public void Reset(string[]? ignoredValues = null)
    {
        _count = 0;
        _ignoredValues = ignoredValues;
    }

    /// <summary>
    /// Sets a field as the platform's <c>set</c> does: a value that cannot be computed or is empty (undefined, an
    /// error, None, <c>""</c>, <c>{}</c>) leaves the field as it is; <c>[]</c> is kept, and so is <c>{}</c> into a
    /// keyword field, where it is the text <c>"{}"</c> (GateWatcher history.content).
    /// </summary>
    public void Set(string path, in Value value, FieldShape shape)
    {
        if ((IsEmpty(value) && !(shape == FieldShape.Keyword && value.Kind == ValueKind.Dict)) || IsIgnored(value) || HoldsUndefined(value))
        {
            return;
        }

        Store(path, Stored(value, shape), shape);
    }

    /// <summary>
    /// The value as the event holds it, which a later <c>final.x</c> reads: an IP canonical, integer text in an integer
    /// field an integer (Windows: process.id is final.process.pid, set from the text "3912", and holds 3912), a number
    /// in a keyword field its text (Windows: event.code set from EventID 4688 is in ['4688', '4689']), a single value in
    /// the dataset's array field a list of it (Fortimail: email.to.address).
    /// </summary>
    private Value Stored(in Value value, FieldShape shape) => shape switch
    {
        FieldShape.Ip => CanonicalIp(value),
        FieldShape.Keyword when value.Kind is ValueKind.Integer or ValueKind.Float => Ops.Str(Arena, value),
        FieldShape.Integer when value.Kind == ValueKind.String && TryParseInteger(Arena.Text(value), out var integer) => Value.FromInteger(integer),
        FieldShape.List when value.Kind != ValueKind.List => ListOf(value),
        _ => value,
    };

    private Value ListOf(in Value item)
    {
        var list = Arena.NewList(1);
        Arena.Append(list, item);
        return list;
    }

    /// <summary>
    /// Sets an object whole from a dict: what was set below <paramref name="path"/> goes, and each member that a field
    /// of <paramref name="fields"/> names is stored there, as it is (empty text included) in that field's shape; when
    /// none is, the object is written empty. A list is stored whole; anything else but a non-empty dict leaves the
    /// fields as they are.
    /// </summary>
    public void Spread(string path, in Value value, SpreadFields fields)
    {
        var isList = value.Kind == ValueKind.List;
        if (!isList && (value.Kind != ValueKind.Dict || Arena.Count(value) == 0))
        {
            return;
        }

        var index = IndexOf(path);
        if (index >= 0)
        {
            RemoveAt(index);
        }

        RemoveBelow(path);
        if (isList)
        {
            // A list of objects is kept whole, as the index keeps an array of objects (Kubernetes audit-log:
            // kubernetes.spec.containers).
            Store(path, value, FieldShape.Keep);
            return;
        }

        var before = _count;
        var buffer = _spreadPath;
        path.AsSpan().CopyTo(Grow(ref buffer, path.Length));
        SpreadMembers(ref buffer, path.Length, value, fields);
        _spreadPath = buffer;
        if (_count == before)
        {
            // None of its members is a field: the object stays, empty (SekoiaIO endpoint: server: {} from a host
            // holding only hostname and os).
            Store(path, Arena.NewDict(0), FieldShape.Keep);
        }
    }

    private char[] _spreadPath = new char[128];

    private void SpreadMembers(ref char[] buffer, int length, in Value dict, SpreadFields fields)
    {
        for (var i = 0; i < Arena.Count(dict); i++)
        {
            var member = Arena.Item(dict, i);
            if (member.Kind is ValueKind.None or ValueKind.Absent)
            {
                continue;
            }

            var key = Arena.Text(Arena.Key(dict, i));
            var end = length + 1 + key.Length;
            Grow(ref buffer, end);
            buffer[length] = '.';
            key.CopyTo(buffer.AsSpan(length + 1));
            var memberPath = buffer.AsSpan(0, end);
            if (fields.TryGetField(memberPath, out var field) && (field.IsObject || member.Kind != ValueKind.Dict))
            {
                Store(field.Path, field.Shape == FieldShape.Ip ? CanonicalIp(member) : member, field.Shape);
            }
            else if (member.Kind == ValueKind.Dict && fields.HasFieldsBelow(memberPath))
            {
                SpreadMembers(ref buffer, end, member, fields);
            }
        }
    }

    private static Span<char> Grow(ref char[] buffer, int length)
    {
        if (buffer.Length < length)
        {
            Array.Resize(ref buffer, Math.Max(length, buffer.Length * 2));
        }

        return buffer;
    }

    /// <summary>Stores a field's value as it is; a field set as a whole replaces what was set below it.</summary>
    private void Store(string path, in Value value, FieldShape shape)
    {
        RemoveBelow(path);
        var index = IndexOf(path);
        if (index < 0)
        {
            if (_count == _entries.Length)
            {
                Array.Resize(ref _entries, _count * 2);
            }

            index = _count++;
        }

        _entries[index] = new Entry { Path = path, Value = value, Shape = shape };
    }

    /// <summary>
    /// IPv6 text in its canonical form (lower case, no leading zeros, <c>::</c>), as the platform indexes it and as
    /// <c>related.ip</c> then lists it (Google Workspace, Trend Micro: <c>FE80:000:333::ddd</c> is <c>fe80:0:333::ddd</c>).
    /// </summary>
    private Value CanonicalIp(in Value value)
    {
        if (value.Kind == ValueKind.List)
        {
            var list = Arena.NewList(Arena.Count(value));
            for (var i = 0; i < Arena.Count(value); i++)
            {
                Arena.Append(list, CanonicalIp(Arena.Item(value, i)));
            }

            return list;
        }

        if (value.Kind != ValueKind.String || Arena.Text(value).IndexOf(':') < 0 || !System.Net.IPAddress.TryParse(Arena.Text(value), out var address))
        {
            return value;
        }

        Span<char> canonical = stackalloc char[64];
        return address.TryFormat(canonical, out var written) ? Arena.String(canonical[..written]) : value;
    }

    /// <summary>
    /// Deletes a field and everything below it. A parent object left with nothing in it stays, as <c>{}</c>: the
    /// platform deletes a key of a nested dict (LockSelf: <c>lockself.credential</c> is <c>{}</c> once its only field
    /// <c>name</c> is deleted).
    /// </summary>
    public void Delete(string path)
    {
        var before = _count;
        var index = IndexOf(path);
        if (index >= 0)
        {
            RemoveAt(index);
        }

        RemoveBelow(path);
        var dot = path.LastIndexOf('.');
        if (_count < before && dot > 0 && !HasBelow(path.AsSpan(0, dot)))
        {
            Store(_paths.Parent(path, dot), Arena.NewDict(0), FieldShape.Keep);
        }
    }

    private bool HasBelow(ReadOnlySpan<char> parent)
    {
        for (var i = 0; i < _count; i++)
        {
            var entry = _entries[i].Path;
            if (entry.Length > parent.Length && entry[parent.Length] == '.' && entry.AsSpan().StartsWith(parent, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Reads a field back (<c>final.a.b</c>): the value set at that path, else a member of a dict set above it, else
    /// the fields set below it gathered into a dict; undefined when none.
    /// </summary>
    public Value Get(string path)
    {
        var index = IndexOf(path);
        if (index >= 0)
        {
            return _entries[index].Value;
        }

        for (var i = 0; i < _count; i++)
        {
            var entry = _entries[i].Path;
            if (path.Length > entry.Length && path[entry.Length] == '.' && path.StartsWith(entry, StringComparison.Ordinal)
                && _entries[i].Value.Kind == ValueKind.Dict)
            {
                var value = _entries[i].Value;
                foreach (var segment in new SegmentEnumerator(path.AsSpan(entry.Length + 1)))
                {
                    value = Arena.Member(value, segment);
                }

                return value;
            }
        }

        return Gather(path);
    }

    /// <summary>
    /// Reads a field back as a template reads <c>final.a.b</c>: undefined when only its last segment is missing, an
    /// error (the template raises) when an object above it is missing too, as Jinja's undefined raises on an attribute
    /// (Azure AD: <c>final.user_agent.original == null</c> raises when no user_agent was set, so the action is skipped).
    /// </summary>
    public Value Read(string path)
    {
        var value = Get(path);
        if (!value.IsAbsent)
        {
            return value;
        }

        var dot = path.LastIndexOf('.');
        return dot > 0 && Get(_paths.Parent(path, dot)).IsAbsent ? Value.Error : value;
    }

    public bool Has(string path) => IndexOf(path) >= 0;

    private bool IsIgnored(in Value value)
    {
        if (_ignoredValues is null || value.Kind != ValueKind.String)
        {
            return false;
        }

        var text = Arena.Text(value);
        foreach (var ignored in _ignoredValues)
        {
            if (text.SequenceEqual(ignored.AsSpan()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A list with an undefined item: the platform cannot encode it, so the field is not set (Postfix's
    /// <c>email.from.address: ["{{ event.message.postfix_from }}"]</c> when no pattern captured it).
    /// </summary>
    private bool HoldsUndefined(in Value value)
    {
        if (value.Kind != ValueKind.List)
        {
            return false;
        }

        for (var i = 0; i < Arena.Count(value); i++)
        {
            if (Arena.Item(value, i).IsAbsent)
            {
                return true;
            }
        }

        return false;
    }

    internal bool IsEmpty(in Value value) => value.Kind switch
    {
        ValueKind.Absent or ValueKind.Error or ValueKind.None => true,
        // "None" is how a rendered None reads; the platform writes neither (Azure AD resultSignature, Zscaler user.email).
        ValueKind.String => value.Length == 0 || Arena.Text(value).SequenceEqual("None".AsSpan()),
        ValueKind.Dict => Arena.Count(value) == 0,
        _ => false,
    };

    /// <summary>
    /// Starts the event from the fields it arrived with (the envelope, a dict): each leaf is set as received, so that
    /// what the stages set replaces it and what they delete goes (Postfix keeps <c>log.syslog.appname</c>).
    /// </summary>
    public void SetReceived(in Value envelope) => SetLeaves(null, envelope);

    private void SetLeaves(string? prefix, in Value dict)
    {
        for (var i = 0; i < Arena.Count(dict); i++)
        {
            var key = Arena.Text(Arena.Key(dict, i));
            var path = prefix is null ? _paths.Root(key) : _paths.Join(prefix, key);
            var value = Arena.Item(dict, i);
            if (value.Kind == ValueKind.Dict && Arena.Count(value) > 0)
            {
                SetLeaves(path, value);
            }
            else
            {
                Store(path, value, FieldShape.Keep);
            }
        }
    }

    /// <summary>The whole event as a dict (<c>final</c> read whole, as in <c>final.get('@timestamp')</c>); empty when nothing is set.</summary>
    public Value All()
    {
        var all = Gather(string.Empty);
        return all.IsAbsent ? Arena.NewDict(0) : all;
    }

    private Value Gather(string path)
    {
        Value dict = default;
        var skip = path.Length == 0 ? 0 : path.Length + 1;
        for (var i = 0; i < _count; i++)
        {
            var entry = _entries[i].Path;
            if (path.Length == 0 || (entry.Length > path.Length && entry[path.Length] == '.' && entry.StartsWith(path, StringComparison.Ordinal)))
            {
                if (dict.IsAbsent)
                {
                    dict = Arena.NewDict();
                }

                var target = dict;
                var rest = entry.AsSpan(skip);
                var dot = rest.IndexOf('.');
                while (dot >= 0)
                {
                    var key = rest.Slice(0, dot);
                    var child = Arena.Member(target, key);
                    if (child.Kind != ValueKind.Dict)
                    {
                        child = Arena.NewDict();
                        Arena.SetMember(target, Arena.String(key), child);
                    }

                    target = child;
                    rest = rest.Slice(dot + 1);
                    dot = rest.IndexOf('.');
                }

                Arena.SetMember(target, Arena.String(rest), _entries[i].Value);
            }
        }

        return dict;
    }

    private int IndexOf(string path)
    {
        for (var i = 0; i < _count; i++)
        {
            if (ReferenceEquals(_entries[i].Path, path) || string.Equals(_entries[i].Path, path, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private void RemoveBelow(string path)
    {
        for (var i = _count - 1; i >= 0; i--)
        {
            var entry = _entries[i].Path;
            if (entry.Length > path.Length && entry[path.Length] == '.' && entry.StartsWith(path, StringComparison.Ordinal))
            {
                RemoveAt(i);
            }
        }
    }

    private void RemoveAt(int index)
    {
        Array.Copy(_entries, index + 1, _entries, index, _count - index - 1);
        _count--;
        _entries[_count] = default;
    }

    /// <summary>The segments of a dotted path, without allocating.</summary>
    private ref struct SegmentEnumerator
    {
        private ReadOnlySpan<char> _rest;

        public SegmentEnumerator(ReadOnlySpan<char> path)
        {
            _rest = path;
            Current = default;
        }

        public ReadOnlySpan<char> Current { get; private set; }

        public SegmentEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_rest.IsEmpty)
            {
                return false;
            }

            var dot = _rest.IndexOf('.');
            Current = dot < 0 ? _rest : _rest.Slice(0, dot);
            _rest = dot < 0 ? ReadOnlySpan<char>.Empty : _rest.Slice(dot + 1);
            return true;
        }
    }
}
