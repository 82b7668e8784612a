using System.Globalization;

namespace EcsForge.Bench.Commands;

/// <summary>Reading option values; each failure comes with a message for <see cref="Usage.Error"/>.</summary>
internal static class Arguments
{
    /// <summary>Takes the value following the option at <paramref name="index"/>, which then points at that value.</summary>
    public static bool TryTakeValue(string[] args, ref int index, out string value, out string error)
    {
        if (index + 1 >= args.Length)
        {
            value = "";
            error = $"option {args[index]} needs a value";
            return false;
        }

        value = args[++index];
        error = "";
        return true;
    }

    /// <summary>Like <see cref="TryTakeValue"/>, for an integer of at least <paramref name="minimum"/>.</summary>
    public static bool TryTakeInt(string[] args, ref int index, int minimum, out int value, out string error)
    {
        var option = args[index];
        value = 0;
        return TryTakeValue(args, ref index, out var text, out error) && TryParseInt(text, option, minimum, out value, out error);
    }

    public static bool TryParseInt(string text, string what, int minimum, out int value, out string error)
    {
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value) && value >= minimum)
        {
            error = "";
            return true;
        }

        error = $"{what} must be an integer of at least {minimum.ToString(CultureInfo.InvariantCulture)}, not '{text}'";
        return false;
    }

    /// <summary>An argument that looks like an option, as opposed to a positional value or '-' for stdout.</summary>
    public static bool IsOption(string arg) => arg.Length > 1 && arg[0] == '-';
}
