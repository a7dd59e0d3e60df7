namespace Mesh.Grains.Tests.Fakes;

/// <summary>The test classes that talk to the one shared <see cref="FakeOpenAiServer"/>; xunit runs them one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class FakeOpenAiCollection : ICollectionFixture<FakeOpenAiServer>
{
    public const string Name = "Fake OpenAI server";
}
