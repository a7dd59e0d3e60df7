namespace Mesh.Grains.AI;

/// <summary>Who speaks a chat message.</summary>
public enum ChatRole
{
    /// <summary>Instructions to the model.</summary>
    System,

    /// <summary>Input from Mesh on behalf of a user.</summary>
    User,

    /// <summary>An earlier model answer, for multi-turn prompts.</summary>
    Assistant,
}
