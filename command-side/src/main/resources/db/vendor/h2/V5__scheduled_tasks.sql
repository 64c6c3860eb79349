-- db-scheduler 16.x's table for H2 (its documented HSQLDB variant, which H2 reads as is: BLOB, BIT), with the
-- indexes of the PostgreSQL variant. Axon's DbSchedulerDeadlineManager keeps the webshop's delivery-day charges and
-- the subscriptions' period charges here, so they survive restarts.
create table scheduled_tasks (
    task_name varchar(100) not null,
    task_instance varchar(100) not null,
    task_data blob,
    execution_time TIMESTAMP WITH TIME ZONE not null,
    picked BIT not null,
    picked_by varchar(50),
    last_success TIMESTAMP WITH TIME ZONE,
    last_failure TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat TIMESTAMP WITH TIME ZONE,
    version BIGINT not null,
    priority SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);

CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX priority_execution_time_idx ON scheduled_tasks (priority desc, execution_time asc);
