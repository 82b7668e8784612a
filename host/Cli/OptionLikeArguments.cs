using System.CommandLine;

namespace EcsForge.Host.Cli;

/// <summary>
/// System.CommandLine hands a token it does not know as an option (<c>--bogus</c>) to a free argument slot, so
/// <c>parse -f x --bogus</c> would read a file named "--bogus". An argument that looks like an option is an unknown
/// option instead, a usage error; a lone <c>-</c> (stdin) is an argument.
/// </summary>
public static class OptionLikeArguments
{
    public static TArgument Rejected<TArgument>(this TArgument argument)
        where TArgument : Argument
    {
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-')
                {
                    result.AddError($"unknown option '{token.Value}'");
                }
            }
        });
        return argument;
    }
}
