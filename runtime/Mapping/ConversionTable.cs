// Compiled into the generator too (a linked file), so what it emits for a conversion is what the runtime implements.
#if ECSFORGE_GENERATOR
namespace EcsForge.Generator.Shared;
#else
namespace EcsForge.Mapping;
#endif

/// <summary>What a conversion's method takes after the value's bytes and the value itself.</summary>
[System.Flags]
internal enum ConversionArguments
{
    None = 0,

    /// <summary>The rule's <c>Delimiter</c>, as UTF-8 bytes; the rule must give one.</summary>
    Delimiter = 1,

    /// <summary>The event's scratch buffer, for results that are new text or a list.</summary>
    Scratch = 2,
}

/// <summary>The kind of field a conversion's result fits, checked at build time.</summary>
internal enum ConversionResult
{
    Date,
    Ip,
    List,
    IpList,

    /// <summary>Text that fits any field (a list field takes it as one item).</summary>
    Text,

    /// <summary>Text that fits a field holding one value, not a list or an object.</summary>
    SingleText,
}

/// <summary>One conversion: the static method in <c>EcsForge.Parsing</c> that implements it, and what it needs.</summary>
internal sealed class ConversionBinding
{
    public ConversionBinding(Conversion conversion, string type, string method, ConversionArguments arguments, ConversionResult result)
    {
        Conversion = conversion;
        Type = type;
        Method = method;
        Arguments = arguments;
        Result = result;
    }

    public Conversion Conversion { get; }

    /// <summary>The class in <c>EcsForge.Parsing</c>.</summary>
    public string Type { get; }

    /// <summary>A public static method taking (<c>ReadOnlySpan&lt;byte&gt;</c> bytes, <c>in RawValue</c> value, then the <see cref="Arguments"/>) and returning a <c>RawValue</c>.</summary>
    public string Method { get; }

    public ConversionArguments Arguments { get; }

    public ConversionResult Result { get; }
}

/// <summary>
/// The one table of <see cref="Conversion"/>s: the generator emits the call, checks the target field and requires a
/// delimiter from it, and a test checks that each method exists with the signature it implies.
/// </summary>
internal static class ConversionTable
{
    public static readonly ConversionBinding[] Bindings =
    {
        new(Conversion.EpochNanoseconds, "Timestamps", "EpochNanoseconds", ConversionArguments.Scratch, ConversionResult.Date),
        new(Conversion.UnmapIPv4, "IpConversions", "UnmapIPv4", ConversionArguments.None, ConversionResult.Ip),
        new(Conversion.Rfc3339, "Timestamps", "Rfc3339", ConversionArguments.Scratch, ConversionResult.Date),
        new(Conversion.BeforeDelimiter, "TextConversions", "BeforeDelimiter", ConversionArguments.Delimiter, ConversionResult.Text),
        new(Conversion.AfterDelimiter, "TextConversions", "AfterDelimiter", ConversionArguments.Delimiter, ConversionResult.Text),
        new(Conversion.Split, "TextConversions", "Split", ConversionArguments.Delimiter | ConversionArguments.Scratch, ConversionResult.List),
        new(Conversion.Trim, "TextConversions", "Trim", ConversionArguments.Delimiter, ConversionResult.SingleText),
        new(Conversion.IpAddresses, "IpConversions", "IpAddresses", ConversionArguments.Scratch, ConversionResult.IpList),
    };

    /// <summary>The binding of <paramref name="conversion"/>, or null for <see cref="Conversion.None"/>.</summary>
    public static ConversionBinding? Find(Conversion conversion)
    {
        foreach (var binding in Bindings)
        {
            if (binding.Conversion == conversion)
            {
                return binding;
            }
        }

        return null;
    }
}
