"""The shared store on a PostgreSQL server: connection, schema and full-text search.

Imported only when a server address is opened: psycopg costs a local desk nothing.
"""
