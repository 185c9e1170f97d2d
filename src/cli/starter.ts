/**
 * The starter scenario `new` writes: a tiny but complete drill (a misleading clue with a
 * way out, an escalation the fix needs, a real history), every section commented, so an
 * author edits a working file instead of starting from a blank page. It validates and
 * analyses with no problems and passes the shipped-scenario conformance checks.
 */

/** "pool-outage-drill" → "Pool outage drill". */
export function titleFromId(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The starter file's text.
 * @param id - kebab-case scenario id (also the file name)
 * @param schemaRef - path of `public/schema/scenario.schema.json` relative to the file
 */
export function starterScenario(id: string, schemaRef: string): string {
  return `# yaml-language-server: $schema=${schemaRef}
#
# A starter drill written by \`npm run scenario -- new ${id}\`. It is small but complete:
# API errors that look like a database problem (the misleading clue), a way out of it, and a
# fix that needs the platform team to be paged. Replace the story with yours, keeping every
# section. Guide: scenarios/README.md. Check it with:
#   npm run scenario -- validate <this file>     (schema and semantic checks)
#   npm run scenario -- analyze <this file>      (par, reachability, soft-locks)
#   npm run scenario -- play <this file> --history
#   npm run scenario -- simulate <this file>     (how long simulated teams take)

# Identity: the format version, a kebab-case id (= file name), and a version to bump on
# every change (recorded drills remember id, version and a hash of this text).
schemaVersion: 1
id: ${id}
title: ${titleFromId(id)}
version: 0.1.0
summary: >-
  Four in ten API calls fail with timeouts. The database looks busy. Is it?
difficulty: intro
tags: [configuration, database]
# What kind of failure this drills (closed list, see the guide); the first is the main one.
failureModes: [configuration, capacity]
estimatedMinutes: 15
# Where the facts come from. Say what you invented.
sources:
  - title: Invented starter scenario
    reference: src/cli/starter.ts
    note: Every detail is invented; replace it with your incident and its postmortem.

# The world the team looks at: services, dashboards (metrics), logs and runbooks.
world:
  services:
    - { id: api, name: API servers }
    - { id: database, name: Database }
  metrics:
    - id: api-errors
      name: API error rate
      unit: '%'
      service: api
      baseline: 0.2
      byPhase: { impact: 40, resolved: 0.2 }
      alertAbove: 5
    - id: db-cpu
      name: Database CPU
      unit: '%'
      service: database
      baseline: 30
      byPhase: { impact: 85, resolved: 30 }
  logs:
    - service: api
      level: info
      at: 0m
      text: 'config: api pool.max_connections changed 50 -> 5 (change CHG-1001)'
    - service: api
      level: error
      inPhase: impact
      every: 3m
      text: 'api: timed out after 5000 ms waiting for a database connection from the pool'
    - service: database
      level: info
      at: 1m
      text: 'db: nightly backup started (expected CPU 80-90 % for one hour)'
  runbooks:
    - id: rb-api-errors
      title: API errors
      body: Compare the database's load with a normal night, then check recent changes.

# The incident: phases (exactly one is current; at least one 'resolved') and the alert
# that opens the drill. Times are game time since the incident started (T+0).
incident:
  startsAt: '2024-05-06T02:00:00Z'
  initialPhase: impact
  phases:
    - { id: impact, name: Four in ten API calls fail, kind: impact, usersAffected: 0.4 }
    - { id: resolved, name: Resolved, kind: resolved, usersAffected: 0 }
  detection:
    at: 10m
    title: 'api: error rate above 5 %'
    text: The API error rate is 40 % and climbing; the errors are timeouts.
    severity: sev2
  costPerMinute: 200

# Theories the team may form, right and wrong. rootCause.hypothesis names the right one.
hypotheses:
  - { id: database-overload, label: The database is overloaded }
  - { id: pool-too-small, label: The API's connection pool is too small }

# Evidence, revealed by effects. A red herring points the wrong way and needs a way out.
clues:
  - id: db-cpu-high
    title: Database CPU at 85 %
    text: The database's CPU has been above 80 % since 02:01.
    service: database
    pointsTo: database-overload
    redHerring: true
    explanation: The nightly backup always does this; the database was never the bottleneck.
  - id: db-few-connections
    title: The database has only five connections
    text: Normally fifty API connections are open; now there are five, and queries are fast.
    service: database
    pointsTo: pool-too-small
    explanation: The way out of the database theory. The API is starving itself.
  - id: pool-change
    title: Connection pool limit changed at 02:00
    text: Change CHG-1001 set pool.max_connections from 50 to 5 on every API server.
    service: api
    pointsTo: pool-too-small
    explanation: The cause. A typo in a capacity change.

# Everything the team can spend game time on. 'requires' is a condition; 'resolves' ends it.
actions:
  - id: check-database
    label: Check the database dashboards
    kind: investigate
    service: database
    cost: 10m
    hypothesis: database-overload
    outcome: CPU is high. Queries still answer in a few milliseconds.
    effects: { reveal: [db-cpu-high] }
  - id: check-db-connections
    label: Count the database's client connections
    kind: investigate
    service: database
    cost: 10m
    requires: { clues: [db-cpu-high] }
    outcome: Only five connections, all from the API, all busy.
    effects: { reveal: [db-few-connections] }
  - id: check-recent-changes
    label: Review tonight's changes
    kind: investigate
    service: api
    cost: 10m
    outcome: One change tonight, on the API's connection pool.
    effects: { reveal: [pool-change] }
  - id: restore-pool-size
    label: Restore pool.max_connections to 50
    kind: fix
    service: api
    cost: 10m
    requires: { clues: [pool-change], escalated: [platform-team] }
    lockedHint: Needs proof of the change, and the platform team who own the API config.
    outcome: The pools refill, the timeouts stop and the error rate falls to normal.
    resolves: true

# People who can be paged. They join after 'joinAfter'; the fix above needs this one.
escalation:
  - id: platform-team
    name: Platform on-call
    joinAfter: 15m
    onJoin: Platform here. We own the API configuration. What do you need?

# The outside world pushing in, at a time ('at') or once a condition holds ('when').
injects:
  - id: support-tickets
    kind: ticket
    from: Support desk
    title: Customers report failed payments
    at: 30m
    text: Twelve tickets in ten minutes about payments that time out.

# Nudges for solo players, offered in order once 'when' holds. Never name the cause.
hints:
  - id: hint-busy-or-starved
    when: { clues: [db-cpu-high] }
    text: Is the database busy with API work, or with something else?

# The truth, for the debrief and the exported postmortem.
rootCause:
  hypothesis: pool-too-small
  summary: A capacity change cut the API's database pool from 50 to 5 connections.
  detail: The change meant to raise a different limit and edited the wrong key.
  fix: Restore pool.max_connections to 50 on every API server.
  correctiveMeasures:
    - { title: Review capacity changes, detail: A second person reviews every limit change. }
  tasks:
    - Alert when the API waits for pool connections.

# What really happened: the debrief compares a run with it, and 'play --history' replays
# 'path' (action ids, page:<level>, declare:<hypothesis>, wait:<duration>). It must
# resolve within 10 % of 'duration'.
history:
  endedAt: '2024-05-06T03:15:00Z'
  duration: 1h15m
  usersAffected: 0.4
  timeline:
    - { at: 10m, kind: detection, text: Error-rate alert fires. }
    - { at: 20m, kind: misleading, text: The team blames the busy database. }
    - { at: 50m, kind: escalation, text: The platform team is paged. }
    - { at: 1h15m, kind: resolution, text: The pool size is restored. }
  path:
    - check-database
    - declare:database-overload
    - check-db-connections
    - wait:30m
    - check-recent-changes
    - page:platform-team
    - declare:pool-too-small
    - restore-pool-size
`;
}
