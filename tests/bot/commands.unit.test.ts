/** Every command as the loader sees it: moderator commands declare the moderator check, as Sapphire's preconditions. */
import { describe, expect, it } from 'vitest';
import { loadCommands } from '../../src/bot/command-loader.js';
import { guildOnly, moderatorOnly } from '../../src/bot/preconditions.js';

describe('commands/', async () => {
  const commands = await loadCommands();

  it.each(['add', 'correct', 'reload', 'remove', 'reports'])('/%s is hidden from members and declares the moderator check', (name) => {
    const command = commands.get(name)!;
    expect(command.data.toJSON().default_member_permissions).toBe('32');
    expect(command.preconditions).toContain(moderatorOnly);
  });

  it('declares the moderator check on every command hidden from members, and on no other', () => {
    for (const [name, command] of commands) {
      const hidden = command.data.toJSON().default_member_permissions === '32';
      expect(command.preconditions?.includes(moderatorOnly) ?? false, name).toBe(hidden);
    }
  });

  it('runs the commands on a server’s own collection in a server only', () => {
    for (const name of ['add', 'remove', 'correct', 'reports']) expect(commands.get(name)!.preconditions).toContain(guildOnly);
  });
});
