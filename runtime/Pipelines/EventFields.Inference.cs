using System;
using System.Buffers;
using EcsForge.Inference;
using EcsForge.Parsing;

namespace EcsForge.Pipelines;

/// <summary>
/// The platform's post-processing over the event a pipeline built: the mechanisms only. Which groups, lists and
/// fields they apply to is decided at compile time from the generator's rules table and emitted as calls.
/// </summary>
public sealed partial class EventFields
{
    private byte[] _utf8 = new byte[256];

    /// <summary><c>{group}.address</c>, when not set: the domain if there is one, else the IP.</summary>
    public void InferAddress(string address, string domain, string ip)
    {
        if (Has(address))
        {
            return;
        }

        var value = Get(domain);
        if (value.Kind != ValueKind.String)
        {
            value = Get(ip);
        }

        Set(address, value, FieldShape.Keep);
    }

    /// <summary>
    /// <c>registered_domain</c>, <c>top_level_domain</c> and <c>subdomain</c> of a group from its domain field; for a
    /// group with an address (<paramref name="address"/> not null), only when that address is the domain. With
    /// <paramref name="urls"/>, the first of those fields that is set gives the host instead, and gives none when it
    /// is not an absolute URL. A host under an unlisted suffix has only a subdomain, as tldextract splits it.
    /// </summary>
    public void InferDomainParts(string domainField, string registeredDomain, string topLevelDomain, string subdomain, string? address, string[]? urls = null)
    {
        var domain = Get(domainField);
        if (domain.Kind != ValueKind.String || Has(registeredDomain))
        {
            return;
        }

        if (address is not null && !Arena.Text(Get(address)).SequenceEqual(Arena.Text(domain)))
        {
            return;
        }

        var host = UrlHost(urls, out var fromUrl);
        if (!fromUrl)
        {
            host = Utf8(domain);
        }

        if (!PublicSuffixList.TrySplit(host, out var parts, keepUnlisted: true))
        {
            return;
        }

        if (parts.HasRegisteredDomain)
        {
            Set(registeredDomain, Arena.Utf8String(parts.RegisteredDomain(host)), FieldShape.Keep);
            Set(topLevelDomain, Arena.Utf8String(parts.TopLevelDomain(host)), FieldShape.Keep);
        }

        if (parts.HasSubdomain)
        {
            Set(subdomain, Arena.Utf8String(parts.Subdomain(host)), FieldShape.Keep);
        }
    }

    /// <summary>
    /// The host of the first of <paramref name="urls"/> that is set (<paramref name="found"/>), as UTF-8; empty when
    /// that one is not an absolute URL.
    /// </summary>
    private ReadOnlySpan<byte> UrlHost(string[]? urls, out bool found)
    {
        found = false;
        foreach (var url in urls ?? [])
        {
            var value = Get(url);
            if (value.Kind != ValueKind.String)
            {
                continue;
            }

            found = true;
            var utf8 = Utf8(value);
            var host = UrlParts.Split(utf8, new RawValue(RawKind.String, 0, utf8.Length)).Domain;
            return host.HasValue ? utf8.Slice(host.Start, host.Length) : default;
        }

        return default;
    }

    /// <summary>A <c>related.*</c> list: the distinct texts of its feeders (list items included), in feeder order, when not set.</summary>
    public void InferRelated(string list, string[] feeders)
    {
        if (Has(list))
        {
            return;
        }

        var related = Value.Absent;
        foreach (var feeder in feeders)
        {
            var value = Get(feeder);
            if (value.Kind == ValueKind.List)
            {
                // A feeder that is an empty list still makes the related list, empty (Stormshield endpoint, Palo Alto
                // Cortex XDR: host.ip [] gives related.ip []).
                if (related.IsAbsent)
                {
                    related = Arena.NewList();
                }

                for (var i = 0; i < Arena.Count(value); i++)
                {
                    AddDistinct(ref related, Arena.Item(value, i));
                }
            }
            else
            {
                AddDistinct(ref related, value);
            }
        }

        if (!related.IsAbsent)
        {
            Set(list, related, FieldShape.Keep);
        }
    }

    private void AddDistinct(ref Value list, in Value item)
    {
        if (item.Kind != ValueKind.String || item.Length == 0)
        {
            return;
        }

        if (list.IsAbsent)
        {
            list = Arena.NewList();
        }
        else if (Ops.In(Arena, item, list).Kind == ValueKind.True)
        {
            return;
        }

        Arena.Append(list, item);
    }

    /// <summary>
    /// A field set with another's value when not set itself (<c>host.name</c> from <c>host.hostname</c>), or whatever it
    /// holds when <paramref name="overrides"/> (<c>event.outcome</c> from <c>action.outcome</c>).
    /// </summary>
    public void Copy(string target, string from, bool overrides = false)
    {
        var index = IndexOf(from);
        if ((overrides || !Has(target)) && index >= 0)
        {
            Set(target, _entries[index].Value, _entries[index].Shape);
        }
    }

    /// <summary><c>file.name</c> and <c>file.directory</c> from <c>file.path</c>, split at its last <c>/</c> or <c>\</c>.</summary>
    public void SplitPath(string path, string name, string directory)
    {
        var value = Get(path);
        if (value.Kind != ValueKind.String || Has(name) || Has(directory))
        {
            return;
        }

        var separator = Arena.Text(value).LastIndexOfAny('/', '\\');
        Set(name, ValueArena.Slice(value, separator + 1, value.Length - separator - 1), FieldShape.Keep);
        SetEvenEmpty(directory, ValueArena.Slice(value, 0, Math.Max(separator, 0)));
    }

    /// <summary>The <c>url.*</c> parts of an absolute <c>url.original</c>, each of <paramref name="fields"/> (<c>url.scheme</c>, ...) unless set.</summary>
    public void InferUrlParts(string original, string[] fields)
    {
        var value = Get(original);
        if (value.Kind != ValueKind.String)
        {
            return;
        }

        var utf8 = Utf8(value);
        var split = UrlParts.Split(utf8, new RawValue(RawKind.String, 0, utf8.Length));
        if (!split.Full.HasValue)
        {
            InferRelativeUrlParts(value, fields);
            return;
        }

        foreach (var field in fields)
        {
            var part = field.AsSpan(field.LastIndexOf('.') + 1);
            if (Has(field))
            {
                continue;
            }

            RawValue raw = part switch
            {
                "full" => split.Full,
                "scheme" => split.Scheme,
                "domain" => split.Domain,
                "path" => split.Path,
                "query" => split.Query,
                "fragment" => split.Fragment,
                _ => default,
            };
            if (part.SequenceEqual("port") && split.HasPort)
            {
                Set(field, Value.FromInteger(split.Port), FieldShape.Keep);
            }
            else if (raw.HasValue)
            {
                Set(field, Arena.Utf8String(utf8.Slice(raw.Start, raw.Length)), FieldShape.Keep);
            }
        }
    }

    /// <summary>
    /// A <c>url.original</c> without scheme is, as Python's <c>urlparse</c> reads it, a path with its query and fragment
    /// (F5 BIG-IP, AWS WAF, Suricata, Zscaler: 80 cases; a host without scheme is then part of the path).
    /// </summary>
    private void InferRelativeUrlParts(in Value value, string[] fields)
    {
        var text = Arena.Text(value);
        var hash = text.IndexOf('#');
        var beforeFragment = hash < 0 ? text.Length : hash;
        var question = text[..beforeFragment].IndexOf('?');
        var pathEnd = question < 0 ? beforeFragment : question;
        foreach (var field in fields)
        {
            if (Has(field))
            {
                continue;
            }

            var part = field.AsSpan(field.LastIndexOf('.') + 1);
            if (part.SequenceEqual("path"))
            {
                Set(field, ValueArena.Slice(value, 0, pathEnd), FieldShape.Keep);
            }
            else if (part.SequenceEqual("query") && question >= 0)
            {
                Set(field, ValueArena.Slice(value, question + 1, beforeFragment - question - 1), FieldShape.Keep);
            }
            else if (part.SequenceEqual("fragment") && hash >= 0)
            {
                Set(field, ValueArena.Slice(value, hash + 1, text.Length - hash - 1), FieldShape.Keep);
            }
        }
    }

    /// <summary>A text value as UTF-8 bytes, in a buffer reused until the next call.</summary>
    public ReadOnlySpan<byte> Utf8(scoped in Value value)
    {
        var text = Arena.Text(value);
        var needed = System.Text.Encoding.UTF8.GetMaxByteCount(text.Length);
        if (_utf8.Length < needed)
        {
            _utf8 = new byte[Math.Max(needed, _utf8.Length * 2)];
        }

        var length = System.Text.Encoding.UTF8.GetBytes(text, _utf8);
        return _utf8.AsSpan(0, length);
    }

    /// <summary>Sets a value even when it is <c>""</c> (an inferred directory of a bare file name is written empty).</summary>
    private void SetEvenEmpty(string path, in Value value)
    {
        if (value.Kind == ValueKind.String && value.Length == 0)
        {
            Store(path, value, FieldShape.Keep);
            return;
        }

        Set(path, value, FieldShape.Keep);
    }
}
