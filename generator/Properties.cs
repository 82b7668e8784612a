using System.Runtime.CompilerServices;

// The tests read ua-parser's own test files with the generator's YAML reader.
[assembly: InternalsVisibleTo("EcsForge.Tests")]
