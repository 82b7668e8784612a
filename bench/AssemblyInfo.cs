using System.Runtime.CompilerServices;

// The tests check that the hand-written mappers `compare` times write the generated parser's output.
[assembly: InternalsVisibleTo("EcsForge.Tests")]
