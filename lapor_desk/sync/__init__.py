"""Sending recorded complaints to the central and bringing their fate back (issue 4).

Qt-free. Small modules, each with one job: `tables` (schema), `outbox` (the write
hook that queues), `state` (queue rows and their transitions), `retry` (back-off),
`transport` (HTTP and the classification of answers), `engine` (one sync cycle),
`credentials` (the desk token), `service` (what the desk, CLI and UI call).
"""
