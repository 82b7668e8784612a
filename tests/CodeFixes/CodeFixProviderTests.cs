using System.Threading.Tasks;
using EcsForge.CodeFixes;
using Xunit;

namespace EcsForge.Tests.CodeFixes;

/// <summary>The IDE fixes for ECSG001, ECSG004 and ECSG007, applied to the generator's own diagnostics.</summary>
public sealed class CodeFixProviderTests
{
    private const string Usings = "using EcsForge.Mapping;\n\n";

    [Fact]
    public Task ECSG001_makes_the_class_partial()
        => new CodeFixTest<AddPartialCodeFix>(
            Usings + """
            [IntakeFormat("5f1d1b9e-1f0a-4b8e-9a51-0c4e3d2b1a00", "fix-partial")]
            [Map("ip", "source.ip")]
            public class {|ECSG001:Dataset|}
            {
            }
            """,
            Usings + """
            [IntakeFormat("5f1d1b9e-1f0a-4b8e-9a51-0c4e3d2b1a00", "fix-partial")]
            [Map("ip", "source.ip")]
            public partial class Dataset
            {
            }
            """).RunAsync();

    [Fact]
    public Task ECSG004_uses_the_suggested_field()
        => new CodeFixTest<ReplaceTargetCodeFix>(
            Usings + """
            [IntakeFormat("5f1d1b9e-1f0a-4b8e-9a51-0c4e3d2b1a01", "fix-target")]
            [Map("ip", {|ECSG004:"source.iq"|})]
            public partial class Dataset
            {
            }
            """,
            Usings + """
            [IntakeFormat("5f1d1b9e-1f0a-4b8e-9a51-0c4e3d2b1a01", "fix-target")]
            [Map("ip", "source.ip")]
            public partial class Dataset
            {
            }
            """).RunAsync();

    [Fact]
    public Task ECSG007_gives_the_last_key_a_translation()
        => new CodeFixTest<CompleteTranslationCodeFix>(
            Usings + """
            [IntakeFormat("5f1d1b9e-1f0a-4b8e-9a51-0c4e3d2b1a02", "fix-pairs")]
            [Translate("action", "event.outcome", "allow", "success", {|ECSG007:"block"|})]
            public partial class Dataset
            {
            }
            """,
            Usings + """
            [IntakeFormat("5f1d1b9e-1f0a-4b8e-9a51-0c4e3d2b1a02", "fix-pairs")]
            [Translate("action", "event.outcome", "allow", "success", "block", "block")]
            public partial class Dataset
            {
            }
            """).RunAsync();

    [Fact]
    public Task ECSG007_removes_a_repeated_key()
        => new CodeFixTest<CompleteTranslationCodeFix>(
            Usings + """
            [IntakeFormat("5f1d1b9e-1f0a-4b8e-9a51-0c4e3d2b1a03", "fix-repeat")]
            [Translate("action", "event.outcome", "allow", "success", {|ECSG007:"allow"|}, "failure")]
            public partial class Dataset
            {
            }
            """,
            Usings + """
            [IntakeFormat("5f1d1b9e-1f0a-4b8e-9a51-0c4e3d2b1a03", "fix-repeat")]
            [Translate("action", "event.outcome", "allow", "success")]
            public partial class Dataset
            {
            }
            """).RunAsync();
}
