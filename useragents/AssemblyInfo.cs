using System.Runtime.CompilerServices;

// Tests compare the rule filter with a search per clause, on the compiled lists.
[assembly: InternalsVisibleTo("EcsForge.Tests")]
